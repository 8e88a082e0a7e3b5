package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * {@code /actuator/prometheus} as Prometheus reads it (HTTP Basic, as the operations admin), and
 * the value of one series in it, written as in the exposition: {@code name{label="value",...}}.
 */
public final class Scrape {

  private final String body;

  private Scrape(String body) {
    this.body = body;
  }

  public static Scrape of(int port) {
    Http.Response response = new Http(port).as("ops-admin", "demo").get("/actuator/prometheus");
    assertThat(response.status()).as("/actuator/prometheus").isEqualTo(200);
    return new Scrape(response.body());
  }

  /**
   * The series' value once the figures read from the database have settled (they are read again
   * every 200 ms in tests): the same in two scrapes half a second apart.
   */
  public static double settled(int port, String series) {
    double value = of(port).value(series);
    for (int round = 0; round < 20; round++) {
      Await.pause(Duration.ofMillis(500));
      double again = of(port).value(series);
      if (again == value) {
        return value;
      }
      value = again;
    }
    throw new AssertionError(series + " keeps changing");
  }

  /** Waits (20 s at most) until the series shows that value. */
  public static void awaitValue(int port, String series, double expected) {
    try {
      Await.until(() -> of(port).value(series) == expected);
    } catch (AssertionError e) {
      throw new AssertionError(series + " is " + of(port).value(series) + ", not " + expected, e);
    }
  }

  /** The series' value; 0 when it is not there (no incident with those labels, nothing counted). */
  public double value(String series) {
    return body.lines().filter(line -> line.startsWith(series + " ")).findFirst()
        .map(line -> Double.parseDouble(line.substring(series.length() + 1).trim())).orElse(0.0);
  }

  public String body() {
    return body;
  }
}
