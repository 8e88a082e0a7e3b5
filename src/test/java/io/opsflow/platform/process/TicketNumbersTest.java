package io.opsflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.OpsFlowTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Ticket numbers against the real database: format, order, uniqueness under concurrency, years. */
@OpsFlowTest
class TicketNumbersTest {

  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  /** A prefix of its own per test, so that runs against a kept database do not interfere. */
  private static String freshPrefix() {
    StringBuilder prefix = new StringBuilder("T");
    long n = System.nanoTime();
    for (int i = 0; i < 7; i++) {
      prefix.append((char) ('A' + (n % 26)));
      n /= 26;
    }
    return prefix.toString();
  }

  private TicketNumbers inYear(int year) {
    return new TicketNumbers(jdbc, transactions,
        Clock.fixed(Instant.parse(year + "-06-01T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void numbersArePrefixYearAndSixDigitsCountingUp() {
    String prefix = freshPrefix();
    TicketNumbers numbers = inYear(2026);

    assertThat(numbers.next(prefix)).isEqualTo(prefix + "-2026-000001");
    assertThat(numbers.next(prefix)).isEqualTo(prefix + "-2026-000002");
  }

  @Test
  void eachYearCountsFromOne() {
    String prefix = freshPrefix();
    inYear(2026).next(prefix);
    inYear(2026).next(prefix);

    assertThat(inYear(2027).next(prefix)).isEqualTo(prefix + "-2027-000001");
  }

  @Test
  void concurrentCallersNeverGetTheSameNumber() throws Exception {
    String prefix = freshPrefix();
    TicketNumbers numbers = inYear(2026);
    Set<String> issued = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = IntStream.range(0, 200)
          .mapToObj(i -> pool.submit(() -> issued.add(numbers.next(prefix)))).<Future<?>>map(f -> f).toList();
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(issued).hasSize(200).contains(prefix + "-2026-000001", prefix + "-2026-000200");
  }

  @Test
  void aPrefixMustBeCapitalLetters() {
    assertThatThrownBy(() -> inYear(2026).next("inc")).isInstanceOf(IllegalArgumentException.class);
  }
}
