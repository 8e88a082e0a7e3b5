package io.opsflow;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what the application does in the background (the alert worker, a browser's request). */
public final class Await {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final Duration POLL = Duration.ofMillis(100);

  private Await() {
  }

  /** The first non-null value the supplier gives, within 20 seconds. */
  public static <T> T value(Supplier<T> supplier) {
    Instant deadline = Instant.now().plus(LIMIT);
    while (Instant.now().isBefore(deadline)) {
      T value = supplier.get();
      if (value != null) {
        return value;
      }
      pause(POLL);
    }
    throw new AssertionError("not reached within " + LIMIT.toSeconds() + " s");
  }

  public static void until(BooleanSupplier condition) {
    value(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }

  /** Whether the condition comes true within the limit; the caller says what it waited for. */
  public static boolean within(Duration limit, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      pause(POLL);
    }
    return true;
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
