package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * How many incidents per second OpsFlow opens through {@code /engine-rest} start and through the
 * Alertmanager receiver, on this machine, in one run. Not a test: it prints figures and is
 * skipped unless asked for:
 * {@code ./mvnw test -Dtest=IncidentIntakeBenchmark -Dbenchmark=true [-Dbenchmark.incidents=400]}.
 */
@OpsFlowTest
class IncidentIntakeBenchmark extends OpsFlowTestBase {

  static final int CLIENTS = 8;

  @Test
  void incidentsPerSecond() throws Exception {
    assumeTrue(Boolean.getBoolean("benchmark"), "a benchmark: run with -Dbenchmark=true");
    int incidents = Integer.getInteger("benchmark.incidents", 400);
    String firing = Files.readString(Path.of("src/test/resources/alertmanager/firing.json"));
    String run = UUID.randomUUID().toString().substring(0, 8);

    measure("warm-up", 50, CLIENTS, i -> engineRestStart("warm-up " + i));
    double engineRest = measure("/engine-rest start", incidents, CLIENTS, i -> engineRestStart("benchmark " + run + " " + i));

    long started = System.nanoTime();
    double received = measure("/api/alerts/alertmanager receipt", incidents, CLIENTS,
        i -> alertmanager().post("/api/alerts/alertmanager", firing.replace("#GROUP#", run + "-" + i)).status());
    while (jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_group WHERE group_key LIKE ?").param("%" + run + "-%")
        .query(Integer.class).single() < incidents) {
      Thread.sleep(50);
    }
    double opened = incidents / ((System.nanoTime() - started) / 1e9);
    System.out.printf("%nBENCHMARK incidents=%d clients=%d%n  engine-rest start: %.1f incidents/s%n"
            + "  alertmanager receipt: %.1f notifications/s; incidents opened from them: %.1f incidents/s%n",
        incidents, CLIENTS, engineRest, received, opened);
  }

  private int engineRestStart(String summary) {
    return new Http(port).as("service-desk", "demo").post("/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"" + summary + "\"},\"impact\":{\"value\":\"medium\"},"
            + "\"urgency\":{\"value\":\"medium\"},\"category\":{\"value\":\"software\"}}}").status();
  }

  private Http alertmanager() {
    return new Http(port).as("alertmanager", "demo");
  }

  /** Runs the calls on the clients, checks every answer is 2xx, prints and returns calls per second. */
  private static double measure(String what, int calls, int clients, java.util.function.IntUnaryOperator call)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int n = i;
        answers.add(pool.submit(() -> call.applyAsInt(n)));
      }
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        if (status / 100 != 2) {
          throw new AssertionError(what + " answered " + status);
        }
      }
    } finally {
      pool.shutdown();
    }
    double seconds = Duration.ofNanos(System.nanoTime() - start).toNanos() / 1e9;
    double rate = calls / seconds;
    System.out.printf("  %s: %d calls in %.2f s = %.1f/s%n", what, calls, seconds, rate);
    return rate;
  }
}
