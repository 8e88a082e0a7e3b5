package io.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.CarefulReporter;
import io.opsflow.Http;
import io.opsflow.RunningApp;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarts while service desk tools report incidents: four clients post to
 * {@code /api/incidents} with an {@code Idempotency-Key} each and send again, under the same key, what
 * got no answer or a 503, as a careful client does. The real database is restarted
 * ({@code OPSFLOW_TEST_DB_RESTART}, which CI sets to {@code pg_ctlcluster 15 main restart}); without
 * it, or on H2, the test is skipped. What {@code /actuator/health} said meanwhile is printed, not
 * asserted: a restart shorter than the pool's connection timeout (30 s) shows as DOWN only when a
 * broken connection is met, otherwise as a slow UP.
 * <ul>
 *   <li>no request is answered 500: an outage is 503 with {@code Retry-After};
 *   <li>every acknowledged incident exists once, no report is doubled, and each is registered
 *       (number, priority, SLA) within 90 s of the database's return (a job that failed on the outage
 *       runs again after 10 s; one cut off before its failure was recorded waits out its 30 s lock).
 * </ul>
 */
class DatabaseRestartIT {

  private static final int CLIENTS = 4;

  @TempDir
  Path data;

  @Test
  void aDatabaseRestartUnderLoadLosesNoAcknowledgedIncidentAndDoublesNone() throws Exception {
    String restart = System.getenv("OPSFLOW_TEST_DB_RESTART");
    assumeTrue(System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("postgres") && restart != null,
        "restarts PostgreSQL: run on the postgres profile with OPSFLOW_TEST_DB_RESTART (CI sets it)");
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (RunningApp app = RunningApp.fromClasses(data, List.of(
        "--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000"))) {
      try {
        AtomicBoolean stop = new AtomicBoolean();
        CarefulReporter reporter = new CarefulReporter();
        Map<String, String> acknowledged = reporter.acknowledged(); // summary → number
        Map<Integer, Integer> answers = reporter.answers(); // status → how many (0: no answer)
        ConcurrentLinkedQueue<String> health = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int client = c;
          running.add(clients.submit(() -> reporter.report("restart " + run + " " + client + "-", stop, app.port())));
        }
        running.add(clients.submit(() -> watchHealth(app.port(), stop, health)));
        Thread.sleep(3000);
        int before = acknowledged.size();
        Process restarting = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
        assertThat(restarting.waitFor(60, TimeUnit.SECONDS) && restarting.exitValue() == 0)
            .as("the database restarted: " + restart).isTrue();
        Thread.sleep(4000);
        stop.set(true);
        for (Future<?> each : running) {
          each.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertThat(before).as("reports were acknowledged before the restart").isPositive();
        assertThat(acknowledged.size()).as("and after it").isGreaterThan(before);
        assertThat(answers.keySet()).as("answers seen (0: none): " + new TreeMap<>(answers))
            .doesNotContain(500).isSubsetOf(0, 201, 503, CarefulReporter.REPLAYED);
        try (Connection db = DriverManager.getConnection(System.getenv("OPSFLOW_DB_URL"),
            System.getenv("OPSFLOW_DB_USER"), System.getenv("OPSFLOW_DB_PASSWORD"))) {
          assertThat(CarefulReporter.instancesPerSummary(db, "restart " + run + " ")).as("one incident per report, none lost")
              .isEqualTo(reporter.oncePerAcknowledgedReport());
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          long registered;
          while ((registered = registered(db, run)) < acknowledged.size() && System.nanoTime() < deadline) {
            Thread.sleep(500);
          }
          System.out.printf("DatabaseRestartIT: %d reports acknowledged (%d before the restart), answers %s, health %s,"
              + " all registered %.1f s after the load stopped%n", acknowledged.size(), before, new TreeMap<>(answers),
              new java.util.LinkedHashSet<>(health), (System.nanoTime() - deadline) / 1e9 + 90);
          assertThat(registered).as("registered within 90 s of the database's return (a job cut off waits out its 30 s lock)").isEqualTo(acknowledged.size());
        }
      } catch (AssertionError | RuntimeException e) {
        Path log = Path.of("target", "failsafe-reports", "DatabaseRestartIT-opsflow.log");
        java.nio.file.Files.createDirectories(log.getParent());
        java.nio.file.Files.writeString(log, app.log());
        throw new AssertionError(e.getMessage() + "\n(OpsFlow's log: " + log + ")", e);
      }
    }
  }

  private static void watchHealth(int port, AtomicBoolean stop, ConcurrentLinkedQueue<String> seen) {
    Http anonymous = new Http(port);
    while (!stop.get()) {
      try {
        seen.add(anonymous.get("/actuator/health").json().path("status").asText());
      } catch (RuntimeException noAnswer) {
        seen.add("no answer");
      }
      sleep(100);
    }
  }

  private static long registered(Connection db, String run) throws Exception {
    try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM opsflow_incident WHERE summary LIKE ? "
        + "AND priority IS NOT NULL AND resolution_due IS NOT NULL")) {
      query.setString(1, "restart " + run + " %");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
