package io.opsflow;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for what the application does in the background (the alert worker, a browser's request). */
public final class Await {

  private static final Duration LIMIT = Duration.ofSeconds(20);

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
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("not reached within " + LIMIT.toSeconds() + " s");
  }

  public static void until(BooleanSupplier condition) {
    value(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
  }
}
