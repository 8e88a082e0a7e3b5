package io.opsflow.platform.process;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.LongStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out ticket numbers, the business keys of every process: {@code INC-2026-000042}. Unique
 * across nodes sharing the database; each number is taken in a transaction of its own, so a
 * number whose process start later fails is not reused (gaps are tolerated, doubles are not).
 */
@Service
public class TicketNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  @Autowired
  TicketNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this(jdbc, transactions, Clock.systemDefaultZone());
  }

  TicketNumbers(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The next number for the prefix ({@code INC}, {@code CHG}, ...) in the current year. */
  public String next(String prefix) {
    return next(prefix, Year.now(clock).getValue(), 1).get(0);
  }

  /**
   * The next {@code count} numbers for the prefix in the given year, taken at once (tickets of an earlier
   * year, as the demo's history writes them).
   */
  public List<String> next(String prefix, int year, int count) {
    if (prefix == null || !prefix.matches("[A-Z]{2,8}")) {
      throw new IllegalArgumentException("a ticket prefix is 2 to 8 capital letters, not " + prefix);
    }
    Long last = ownTransaction.execute(tx -> increment(prefix, year, count));
    if (last == null) {
      startYear(prefix, year);
      last = ownTransaction.execute(tx -> increment(prefix, year, count));
    }
    long first = last - count + 1;
    return LongStream.rangeClosed(first, last).mapToObj(value -> "%s-%d-%06d".formatted(prefix, year, value)).toList();
  }

  /** Adds {@code count} to the year's counter and returns it; null when the year has no counter yet. */
  private Long increment(String prefix, int year, int count) {
    int updated = jdbc.sql("UPDATE opsflow_ticket_sequence SET last_value = last_value + ? "
            + "WHERE prefix = ? AND ticket_year = ?")
        .params(count, prefix, year).update();
    if (updated == 0) {
      return null;
    }
    return jdbc.sql("SELECT last_value FROM opsflow_ticket_sequence WHERE prefix = ? AND ticket_year = ?")
        .params(prefix, year).query(Long.class).single();
  }

  private void startYear(String prefix, int year) {
    try {
      ownTransaction.executeWithoutResult(tx -> jdbc.sql(
              "INSERT INTO opsflow_ticket_sequence (prefix, ticket_year, last_value) VALUES (?, ?, 0)")
          .params(prefix, year).update());
    } catch (DuplicateKeyException alreadyStarted) {
      // another node or thread started the year's counter first: use it
    }
  }
}
