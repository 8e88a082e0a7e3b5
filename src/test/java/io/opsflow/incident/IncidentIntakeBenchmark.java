package io.opsflow.incident;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.BenchmarkTable;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Incident intake and an alert storm, each beside a baseline measured in the same run. Not a test: it
 * prints figures (and adds them to {@code bench/run}'s table) and is skipped unless asked for; it needs
 * the job executor, which registers the incidents:
 * {@code ./mvnw test -Dtest=IncidentIntakeBenchmark -Dbenchmark=true -Dopsflow.test.job-execution=true
 * [-Dbenchmark.incidents=400] [-Dbenchmark.storm-groups=1000]} (or {@code bench/run}).
 * <ul>
 * <li>intake: {@code POST /api/incidents} by 8 clients, and how fast the incidents are fully registered
 * (number, priority, SLA due dates, ticket row), beside a one-user-task process started by 8 clients
 * through {@code /engine-rest} in the same application (target: 300/s and at least the baseline);</li>
 * <li>alert storm: ten notifications for each of {@code storm-groups} alert groups (each a new alert of
 * the group, as Alertmanager re-sends a growing group) posted to {@code /api/alerts/alertmanager} by 8
 * clients (target 1,000 alerts/s, beside {@code /actuator/health} called the same way), then exactly one
 * incident per group, open within 10 s after the last post.</li>
 * </ul>
 */
@OpsFlowTest
class IncidentIntakeBenchmark extends OpsFlowTestBase {

  static final int CLIENTS = 8;
  static final int NOTIFICATIONS_PER_GROUP = 10;

  @Value("${opsflow.admin.password}")
  String adminPassword;

  @Test
  void intakeAndAlertStorm() throws Exception {
    assumeTrue(Boolean.getBoolean("benchmark"), "a benchmark: run with -Dbenchmark=true");
    assumeTrue(Boolean.getBoolean("opsflow.test.job-execution"),
        "the incidents are registered by the job executor: run with -Dopsflow.test.job-execution=true");
    int incidents = Integer.getInteger("benchmark.incidents", 400);
    int groups = Integer.getInteger("benchmark.storm-groups", 1000);
    String run = UUID.randomUUID().toString().substring(0, 8);
    System.out.printf("%nBENCHMARK incident intake and alert storm (%d cores, %d clients, run %s)%n",
        Runtime.getRuntime().availableProcessors(), CLIENTS, run);

    engine.getRepositoryService().createDeployment().name("benchmark baseline")
        .addModelInstance("BenchmarkOneTask.bpmn", Bpmn.createExecutableProcess("BenchmarkOneTask")
            .camundaHistoryTimeToLive(1).startEvent().userTask().camundaCandidateGroups("service-desk").endEvent().done())
        .deploy();
    measure("warm-up", 50, i -> reportIncident("warm-up " + run + " " + i));
    measure("warm-up", 50, i -> startOneTask());

    double baseline = measure("one-user-task process started through /engine-rest", incidents, i -> startOneTask());
    long started = System.nanoTime();
    double accepted = measure("/api/incidents accepted", incidents, i -> reportIncident("intake " + run + " " + i));
    double registered = incidents / waitFor("incidents fully registered", started, Duration.ofMinutes(5),
        () -> jdbc.sql("SELECT COUNT(*) FROM opsflow_incident WHERE summary LIKE ? AND priority IS NOT NULL "
            + "AND resolution_due IS NOT NULL").param("intake " + run + " %").query(Integer.class).single() >= incidents);
    BenchmarkTable.row("incident intake, /api/incidents accepted, " + incidents + " incidents", "/s", accepted,
        "one-task start", baseline, 300, true);
    BenchmarkTable.row("incident intake, fully registered (number, priority, SLA, record)", "/s", registered,
        "one-task start", baseline, 300, true);

    String firing = Files.readString(Path.of("src/test/resources/alertmanager/firing.json"));
    double health = measure("/actuator/health (baseline)", groups * NOTIFICATIONS_PER_GROUP,
        i -> anonymous.get().get("/actuator/health").status());
    double posted = measure("alert storm: notifications accepted", groups * NOTIFICATIONS_PER_GROUP,
        i -> alertmanager.get().post("/api/alerts/alertmanager", firing.replace("#GROUP#", run + "-" + (i % groups))
            .replace("a1b2c3d4e5f60001", "%016x".formatted(i))).status());
    long lastPost = System.nanoTime();
    double opened = waitFor("one incident open per alert group", lastPost, Duration.ofMinutes(5),
        () -> jdbc.sql("SELECT COUNT(*) FROM opsflow_incident i JOIN opsflow_alert_group g "
            + "ON g.incident_number = i.incident_number WHERE g.group_key LIKE ? AND i.priority IS NOT NULL")
            .param("%" + run + "-%").query(Integer.class).single() >= groups);
    int incidentsOfStorm = jdbc.sql("SELECT COUNT(*) FROM opsflow_incident WHERE alert_group LIKE ?")
        .param("%" + run + "-%").query(Integer.class).single();
    System.out.printf("  %d alert groups gave %d incidents%n", groups, incidentsOfStorm);
    BenchmarkTable.row("alert storm, " + groups * NOTIFICATIONS_PER_GROUP + " alerts in " + groups + " groups accepted",
        "/s", posted, "GET /actuator/health: database and mail checked", health, 1000, true);
    BenchmarkTable.row("alert storm, seconds from the last post to one incident open per group ("
        + incidentsOfStorm + " for " + groups + ")", "s", incidentsOfStorm == groups ? opened : -1, "", 0, 10, false);
  }

  /**
   * Each client thread keeps its connection for its calls (keep-alive), as Alertmanager and a service desk
   * tool do; a new client per call would measure the client's own start.
   */
  private final ThreadLocal<Http> serviceDesk = ThreadLocal.withInitial(() -> new Http(port).as("service-desk", "demo"));
  private final ThreadLocal<Http> admin = ThreadLocal.withInitial(() -> new Http(port).as("admin", adminPassword));
  private final ThreadLocal<Http> alertmanager = ThreadLocal.withInitial(() -> new Http(port).as("alertmanager", "demo"));
  private final ThreadLocal<Http> anonymous = ThreadLocal.withInitial(() -> new Http(port));

  private int reportIncident(String summary) {
    return serviceDesk.get().post("/api/incidents", "{\"summary\":\"" + summary
        + "\",\"impact\":\"medium\",\"urgency\":\"medium\",\"category\":\"software\"}").status();
  }

  private int startOneTask() {
    return admin.get().post("/engine-rest/process-definition/key/BenchmarkOneTask/start",
        "{}").status();
  }

  /** Seconds from {@code since} until the condition holds, checked every 50 ms. */
  private static double waitFor(String what, long since, Duration limit, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    while (!done.getAsBoolean()) {
      if (System.nanoTime() - since > limit.toNanos()) {
        throw new AssertionError(what + ": not within " + limit);
      }
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - since) / 1e9;
    System.out.printf("  %s: %.2f s%n", what, seconds);
    return seconds;
  }

  /** Runs the calls on the clients, checks every answer is 2xx, prints and returns calls per second. */
  private static double measure(String what, int calls, IntUnaryOperator call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
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
