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
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Incident intake and an alert storm, each beside a baseline measured in the same run. Not a test: it
 * prints figures (and adds them to {@code bench/run}'s table) and is skipped unless asked for; it needs
 * the job executor, which registers the incidents:
 * {@code ./mvnw test -Dtest=IncidentIntakeBenchmark -Dbenchmark=true -Dopsflow.test.job-execution=true
 * [-Dbenchmark.incidents=400] [-Dbenchmark.lifecycles=100] [-Dbenchmark.storm-groups=1000]
 * [-Dbenchmark.debug=true: how long each lifecycle step waited]} (or {@code bench/run}).
 * <ul>
 * <li>intake: {@code POST /api/incidents} by 8 clients, and how fast the incidents are fully registered
 * (number, priority, SLA due dates, ticket row), beside a one-user-task process started by 8 clients
 * through {@code /engine-rest} in the same application (target: 300/s and at least the baseline);</li>
 * <li>lifecycle: incidents carried from intake through L1's resolution and the reporter's confirmation to
 * CLOSED by 8 clients through the REST doors their people use, beside a one-task process started and its
 * task completed (target: 100 incidents/s);</li>
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

    int lifecycles = Integer.getInteger("benchmark.lifecycles", incidents / 4);
    double oneTaskDone = measure("one-user-task process started and its task completed", lifecycles,
        i -> startAndCompleteOneTask());
    double closed = measure("incident from intake through L1 resolution and confirmation to CLOSED", lifecycles,
        i -> lifecycle("lifecycle " + run + " " + i));
    System.out.printf("  completions refused because the task changed meanwhile (completed again): %d%n", conflicts.get());
    BenchmarkTable.row("incident lifecycle to CLOSED (first contact, L1 resolves, reporter confirms), " + lifecycles
        + " incidents", "/s", closed, "one task started and done", oneTaskDone, 100, true);

    String firing = Files.readString(Path.of("src/test/resources/alertmanager/firing.json"));
    double health = measure("/actuator/health (baseline)", groups * NOTIFICATIONS_PER_GROUP,
        i -> anonymous.get().get("/actuator/health").status());
    long firstPost = System.nanoTime();
    double posted = measure("alert storm: notifications accepted", groups * NOTIFICATIONS_PER_GROUP,
        i -> alertmanager.get().post("/api/alerts/alertmanager", firing.replace("#GROUP#", run + "-" + (i % groups))
            .replace("a1b2c3d4e5f60001", "%016x".formatted(i))).status());
    long lastPost = System.nanoTime();
    double opened = waitFor("one incident open per alert group", lastPost, Duration.ofMinutes(5),
        () -> jdbc.sql("SELECT COUNT(*) FROM opsflow_incident i JOIN opsflow_alert_group g "
            + "ON g.incident_number = i.incident_number WHERE g.group_key LIKE ? AND i.priority IS NOT NULL")
            .param("%" + run + "-%").query(Integer.class).single() >= groups);
    System.out.printf("  first post to one incident open per group: %.1f s%n", (System.nanoTime() - firstPost) / 1e9);
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
  private final java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();

  private int reportIncident(String summary) {
    return serviceDesk.get().post("/api/incidents", "{\"summary\":\"" + summary
        + "\",\"impact\":\"medium\",\"urgency\":\"medium\",\"category\":\"software\"}").status();
  }

  private int startOneTask() {
    return admin.get().post("/engine-rest/process-definition/key/BenchmarkOneTask/start",
        "{}").status();
  }

  private int startAndCompleteOneTask() {
    String instance = admin.get().post("/engine-rest/process-definition/key/BenchmarkOneTask/start", "{}").json()
        .get("id").asText();
    String task = admin.get().get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
    return admin.get().post("/engine-rest/task/" + task + "/complete", "{}").status();
  }

  /**
   * One incident's life through the REST doors its people use: the service desk reports it and cannot
   * resolve it at first contact, L1 resolves it, the service desk confirms it with the reporter; done when
   * the ticket is CLOSED. Each step waits for the task the engine's jobs open next.
   */
  private int lifecycle(String summary) throws InterruptedException {
    String number = serviceDesk.get().post("/api/incidents", "{\"summary\":\"" + summary
        + "\",\"impact\":\"low\",\"urgency\":\"low\",\"category\":\"software\"}").json()
        .get("incidentNumber").asText();
    complete(serviceDesk.get(), number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION,
        "{\"resolvedAtFirstContact\":{\"value\":false}}");
    complete(new Http(port).as("support-l1", "demo"), number, IncidentIds.RESOLVE_AT_TIER,
        "{\"escalate\":{\"value\":false},\"resolutionNotes\":{\"value\":\"Restarted the service\"},"
            + "\"faultCause\":{\"value\":\"A stuck worker\"},\"preventiveMeasures\":{\"value\":\"Worker watchdog\"}}");
    complete(serviceDesk.get(), number, IncidentIds.CONFIRM_RESOLUTION,
        "{\"confirmed\":{\"value\":true},\"satisfaction\":{\"value\":5}}");
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!"CLOSED".equals(jdbc.sql("SELECT status FROM opsflow_incident WHERE incident_number = ?").param(number)
        .query(String.class).optional().orElse(null))) {
      if (System.nanoTime() > until) {
        return 504;
      }
      Thread.sleep(20);
    }
    return 200;
  }

  /** Completes the incident's task of that kind once the engine has opened it. */
  private void complete(Http as, String number, String taskKey, String variables) throws InterruptedException {
    long t0 = System.nanoTime();
    try {
      completeNow(as, number, taskKey, variables);
    } finally {
      if (System.getProperty("benchmark.debug") != null) {
        System.out.printf("  DEBUG %s %s %.2f s%n", number, taskKey, (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  private void completeNow(Http as, String number, String taskKey, String variables) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (true) {
      com.fasterxml.jackson.databind.JsonNode found = as.get("/engine-rest/task?processInstanceBusinessKey=" + number
          + "&taskDefinitionKey=" + taskKey).json();
      if (found.size() > 0) {
        Http.Response answer = as.post("/engine-rest/task/" + found.get(0).get("id").asText() + "/complete",
            "{\"variables\":" + variables + "}");
        if (answer.status() / 100 == 2) {
          return;
        }
        if (answer.status() != 409) {
          throw new AssertionError(number + ": completing " + taskKey + " answered " + answer.status() + " " + answer.body());
        }
        // the task changed at every one of OpsFlow's attempts (ConcurrentChangeRetry; 409): the person completes again
        conflicts.incrementAndGet();
      }
      if (System.nanoTime() > until) {
        throw new AssertionError(number + ": no task " + taskKey + " within 2 minutes");
      }
      Thread.sleep(20);
    }
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

  /** One call of a measurement: its HTTP status. */
  interface Call {
    int status(int n) throws Exception;
  }

  /** Runs the calls on the clients, checks every answer is 2xx, prints and returns calls per second. */
  private static double measure(String what, int calls, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        int n = i;
        answers.add(pool.submit(() -> call.status(n)));
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
