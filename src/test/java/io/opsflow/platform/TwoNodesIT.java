package io.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.CarefulReporter;
import io.opsflow.Http;
import io.opsflow.RunningApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two OpsFlow nodes on one database, both running the job executor, spoken to over HTTP as a load
 * balancer without stickiness would: a webapp login on one node is a login on the other, incidents
 * reported through both get distinct numbers and are registered once, one Alertmanager notification
 * delivered to both nodes opens one incident, and every job (timers included) runs once. Last, node
 * B is killed (SIGKILL) while clients report through both: no acknowledged incident is lost or
 * doubled, and what B had locked is registered by A. On H2 the
 * nodes share a file database in H2's automatic mixed mode; on PostgreSQL (profile postgres) the
 * suite's database.
 */
class TwoNodesIT {

  private static final int INCIDENTS = 12;
  private static final int TICKS = 6;

  @TempDir
  Path data;

  @Test
  void twoNodesShareSessionsNumbersAlertGroupsAndJobs() throws Exception {
    String url = databaseUrl();
    String run = UUID.randomUUID().toString().substring(0, 8);
    try (RunningApp a = RunningApp.fromClasses(data, arguments("node-a", url));
         RunningApp b = RunningApp.fromClasses(data, arguments("node-b", url));
         Connection db = DriverManager.getConnection(url, user(), password())) {
      try {
        webappLoginOnOneNodeIsALoginOnTheOther(a.port(), b.port(), db);
        basicCallsWriteNoSession(a.port(), b.port(), db);
        String tick = deployTimer(a.port(), run);
        List<String> numbers = incidentsThroughBothNodesAreNumberedAndRegisteredOnce(a.port(), b.port(), run);
        oneIncidentPerAlertGroupAcrossNodes(a.port(), b.port(), db, run);
        everyTimerFiresOnce(a.port(), tick);
        bothNodesRanJobs(a.port(), numbers);
        aNodeKilledUnderLoadLosesNoAcknowledgedIncidentAndDoublesNone(a, b, db, run);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(e.getMessage() + "\n--- node A ---\n" + tail(a.log()) + "\n--- node B ---\n"
            + tail(b.log()), e);
      }
    }
  }

  /** The Tasklist login on A answers on B, a query with the CSRF token works there, a logout on B ends it on A. */
  private void webappLoginOnOneNodeIsALoginOnTheOther(int portA, int portB, Connection db) throws SQLException {
    Http onA = new Http(portA);
    assertThat(onA.webappLogin("tasklist", "demo", "demo").status()).isEqualTo(200);
    assertThat(onA.get("/camunda/api/admin/auth/user/default").json().get("userId").asText()).isEqualTo("demo");
    Http onB = onA.onPort(portB);

    Http.Response user = onB.get("/camunda/api/admin/auth/user/default");
    assertThat(user.status()).as("the login of node A on node B: " + user.body()).isEqualTo(200);
    assertThat(user.json().get("userId").asText()).isEqualTo("demo");
    assertThat(user.json().get("authorizedApps").toString()).contains("tasklist");
    Http.Response tasks = onB.get("/camunda/api/engine/engine/default/task?maxResults=5");
    assertThat(tasks.status()).as(tasks.body()).isEqualTo(200);
    assertThat(tasks.json().isArray()).isTrue();
    // Tasklist's own query is a POST: the CSRF token the session holds is checked on B
    Http.Response query = onB.post("/camunda/api/engine/engine/default/task?firstResult=0&maxResults=5", "{}");
    assertThat(query.status()).as(query.body()).isEqualTo(200);
    Http.Response count = onA.post("/camunda/api/engine/engine/default/task/count", "{}");
    assertThat(count.status()).as(count.body()).isEqualTo(200);
    assertThat(count(db, "SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES")).isPositive();

    // a stranger on B (no session) is still a stranger
    assertThat(new Http(portB).get("/camunda/api/engine/engine/default/task").status()).isEqualTo(401);

    Http.Response logout = onB.post("/camunda/api/admin/auth/user/default/logout", "");
    assertThat(logout.status()).as(logout.body()).isLessThan(300);
    assertThat(onA.get("/camunda/api/engine/engine/default/task").status()).as("logged out on B, on A").isEqualTo(401);
  }

  /** REST, /api and the actuator are HTTP Basic: no session is created, no cookie handed out. */
  private void basicCallsWriteNoSession(int portA, int portB, Connection db) throws SQLException {
    long before = count(db, "SELECT COUNT(*) FROM SPRING_SESSION");
    for (int port : List.of(portA, portB)) {
      Http admin = new Http(port).as("admin", "admin");
      for (Http.Response response : List.of(admin.get("/engine-rest/task/count"), admin.get("/engine-rest/engine"),
          new Http(port).as("demo", "demo").get("/api/me"), admin.get("/actuator/metrics"),
          new Http(port).get("/actuator/health"), new Http(port).get("/engine-rest/task"))) {
        assertThat(response.header("Set-Cookie")).as(response.raw().uri().toString()).isNull();
      }
    }
    assertThat(count(db, "SELECT COUNT(*) FROM SPRING_SESSION")).isEqualTo(before);
  }

  /** Incidents reported alternately through A and B, in parallel: distinct numbers, each registered once. */
  private List<String> incidentsThroughBothNodesAreNumberedAndRegisteredOnce(int portA, int portB, String run)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<String>> reported = new ArrayList<>();
    try {
      for (int i = 0; i < INCIDENTS; i++) {
        int port = i % 2 == 0 ? portA : portB;
        String summary = "Two nodes " + run + " #" + i;
        Callable<String> report = () -> {
          Http.Response created = new Http(port).as("service-desk", "demo")
              .post("/api/incidents", "{\"summary\":\"" + summary + "\"}");
          assertThat(created.status()).as(created.body()).isEqualTo(201);
          return created.json().get("incidentNumber").asText();
        };
        reported.add(pool.submit(report));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> number : reported) {
        numbers.add(number.get());
      }
      assertThat(new HashSet<>(numbers)).hasSize(INCIDENTS);

      Http admin = new Http(portA).as("admin", "admin");
      await("every incident registered", () -> numbers.stream().allMatch(number -> statusOf(admin, number) != null));
      for (String number : numbers) {
        JsonNode instances = admin.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number).json();
        assertThat(instances).as(number).hasSize(1);
        String instance = instances.get(0).get("id").asText();
        JsonNode registrations = admin.get("/engine-rest/history/job-log?successLog=true&activityIdIn=Activity_RegisterIncident"
            + "&processInstanceId=" + instance).json();
        assertThat(registrations).as("registrations of " + number).hasSize(1);
        JsonNode ticket = admin.get("/api/incidents/" + number).json();
        assertThat(ticket.get("incident").get("summary").asText()).startsWith("Two nodes " + run);
        assertThat(ticket.get("events").findValuesAsText("phase").stream().filter("REGISTERED"::equalsIgnoreCase))
            .as("REGISTERED events of " + number).hasSize(1);
      }
      return numbers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same notification posted to both nodes at once, for two groups: one incident per group. */
  private void oneIncidentPerAlertGroupAcrossNodes(int portA, int portB, Connection db, String run) throws Exception {
    String template = Files.readString(Path.of("src/test/resources/alertmanager/recorded/firing.json"));
    List<String> groups = List.of("nodes-" + run + "-1", "nodes-" + run + "-2");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> posted = new ArrayList<>();
      for (String group : groups) {
        String body = template.replace("#GROUP#", group);
        for (int port : List.of(portA, portB, portB, portA)) {
          posted.add(pool.submit(() -> new Http(port).as("alertmanager", "demo")
              .post("/api/alerts/alertmanager", body).status()));
        }
      }
      for (Future<Integer> status : posted) {
        assertThat(status.get()).isEqualTo(202);
      }
    } finally {
      pool.shutdownNow();
    }
    for (String group : groups) {
      String key = "%" + group + "%";
      await("the notifications of " + group + " processed", () -> query(() -> count(db,
          "SELECT COUNT(*) FROM opsflow_alert_inbox WHERE group_key LIKE ? AND processed_at IS NOT NULL", key) == 4));
      assertThat(count(db, "SELECT COUNT(*) FROM opsflow_alert_group WHERE group_key LIKE ?", key)).isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM opsflow_incident WHERE alert_group LIKE ?", key))
          .as("incidents of alert group " + group).isEqualTo(1);
    }
  }

  /**
   * A timer start event cycling every second: each firing runs once, as one process instance. (A
   * firing that comes late skips the occurrences it missed, so how many there are is not fixed.)
   */
  private void everyTimerFiresOnce(int portA, String tick) {
    Http admin = new Http(portA).as("admin", "admin");
    await("the timer's last firing", () -> admin.get("/engine-rest/job/count?processDefinitionKey=" + tick)
        .json().get("count").asInt() == 0);
    JsonNode successes = admin.get("/engine-rest/history/job-log?successLog=true&processDefinitionKey=" + tick).json();
    Map<String, Integer> runsPerJob = new HashMap<>();
    successes.forEach(entry -> runsPerJob.merge(entry.get("jobId").asText(), 1, Integer::sum));
    assertThat(runsPerJob.values()).as("successful runs per timer job").allMatch(runs -> runs == 1);
    int instances = admin.get("/engine-rest/history/process-instance/count?processDefinitionKey=" + tick)
        .json().get("count").asInt();
    assertThat(instances).as("process instances started by the timer").isEqualTo(successes.size())
        .isGreaterThanOrEqualTo(TICKS / 2);
    String deployment = admin.get("/engine-rest/process-definition/key/" + tick).json().get("deploymentId").asText();
    assertThat(admin.send("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", null).status())
        .isEqualTo(204);
  }

  /** Both job executors took part, and no job anywhere in this run succeeded twice. */
  private void bothNodesRanJobs(int portA, List<String> numbers) {
    Http admin = new Http(portA).as("admin", "admin");
    Set<String> hosts = new HashSet<>();
    Map<String, Integer> runsPerJob = new HashMap<>();
    for (String number : numbers) {
      String instance = admin.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + number).json()
          .get(0).get("id").asText();
      admin.get("/engine-rest/history/job-log?successLog=true&processInstanceId=" + instance).json().forEach(entry -> {
        hosts.add(entry.get("hostname").asText());
        runsPerJob.merge(entry.get("jobId").asText(), 1, Integer::sum);
      });
    }
    assertThat(runsPerJob.values()).as("successful runs per job").allMatch(runs -> runs == 1);
    assertThat(hosts).as("the nodes that ran the incidents' jobs").containsExactlyInAnyOrder("node-a", "node-b");
  }

  /**
   * Four clients report through both nodes, each report with an {@code Idempotency-Key}; a report that
   * got no answer, or a 503, is sent again under its key to the other node, as a load balancer does
   * when a node stops answering. B is killed with SIGKILL while they do, so some of its requests die
   * with it, before or after their commit. B is the node that did not start H2's server (A did).
   */
  private void aNodeKilledUnderLoadLosesNoAcknowledgedIncidentAndDoublesNone(RunningApp a, RunningApp b, Connection db,
      String run) throws Exception {
    String prefix = "Killed " + run + " ";
    AtomicBoolean stop = new AtomicBoolean();
    CarefulReporter reporter = new CarefulReporter();
    Map<String, String> acknowledged = reporter.acknowledged(); // summary → number
    Map<Integer, Integer> answers = reporter.answers(); // status → how many (0: no answer)
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      int[] ports = c % 2 == 0 ? new int[] {a.port(), b.port()} : new int[] {b.port(), a.port()};
      String client = prefix + c + "-";
      running.add(clients.submit(() -> reporter.report(client, stop, ports)));
    }
    try {
      Thread.sleep(2500);
      int before = acknowledged.size();
      b.kill();
      Thread.sleep(2500);
      stop.set(true);
      for (Future<?> each : running) {
        each.get(2, TimeUnit.MINUTES);
      }
      assertThat(before).as("reports acknowledged before the kill").isPositive();
      assertThat(acknowledged.size()).as("and after it").isGreaterThan(before);
    } finally {
      clients.shutdownNow();
    }
    assertThat(answers.keySet()).as("answers seen (0: none): " + answers).isSubsetOf(0, 201, 503, CarefulReporter.REPLAYED);
    assertThat(answers).as("requests met the dead node and went to the other").containsKey(0);
    assertThat(new HashSet<>(acknowledged.values())).as("distinct numbers").hasSize(acknowledged.size());
    assertThat(CarefulReporter.instancesPerSummary(db, prefix)).as("one incident per report, none lost, none doubled")
        .isEqualTo(reporter.oncePerAcknowledgedReport());
    // a registration B had locked when it died waits out its lock, then A runs it
    Instant stopped = Instant.now();
    Instant deadline = stopped.plus(Duration.ofSeconds(90));
    Map<String, String> registered;
    while ((registered = registered(db, prefix)).size() < acknowledged.size() && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
    }
    assertThat(registered).as("every acknowledged incident registered once, under the number its reporter got")
        .isEqualTo(acknowledged);
    System.out.printf("TwoNodesIT: node B killed under load: %d reports acknowledged (%d of them replayed: created"
        + " before an answer was lost), answers %s, all registered %.1f s after the load stopped%n", acknowledged.size(),
        answers.getOrDefault(CarefulReporter.REPLAYED, 0), answers, Duration.between(stopped, Instant.now()).toMillis() / 1000.0);
  }

  private static Map<String, String> registered(Connection db, String prefix) throws SQLException {
    Map<String, String> numbers = new HashMap<>();
    try (PreparedStatement query = db.prepareStatement("SELECT summary, incident_number FROM opsflow_incident"
        + " WHERE summary LIKE ? AND priority IS NOT NULL AND resolution_due IS NOT NULL")) {
      query.setString(1, prefix + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          assertThat(numbers.put(rows.getString(1), rows.getString(2))).as("registered twice: " + rows.getString(1)).isNull();
        }
      }
    }
    return numbers;
  }

  private static String deployTimer(int port, String run) throws IOException, InterruptedException {
    String key = "TwoNodesTick_" + run;
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="http://opsflow.io/it">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Tick">
              <bpmn:outgoing>Flow_Done</bpmn:outgoing>
              <bpmn:timerEventDefinition><bpmn:timeCycle>R%2$d/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_Done" sourceRef="Event_Tick" targetRef="Event_Done"/>
            <bpmn:endEvent id="Event_Done"><bpmn:incoming>Flow_Done</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, TICKS);
    String boundary = "----opsflow" + run;
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + key + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key + ".bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> deployed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    return key;
  }

  private static String statusOf(Http admin, String number) {
    Http.Response ticket = admin.get("/api/incidents/" + number);
    return ticket.status() == 200 ? ticket.json().get("incident").get("status").asText() : null;
  }

  private static List<String> arguments(String node, String url) {
    List<String> arguments = new ArrayList<>(List.of(
        "--camunda.bpm.generic-properties.properties.hostname=" + node,
        // acquire often: the test waits for one-second timers
        "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000",
        // what the killed node had locked is taken by the other node after 10 s (production: 30 s)
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--opsflow.alerts.poll-interval=200ms"));
    if (url.startsWith("jdbc:h2:")) {
      arguments.add("--spring.datasource.url=" + url);
    }
    return arguments;
  }

  /** PostgreSQL as the postgres profile names it, else an H2 file database both nodes open in mixed mode. */
  private String databaseUrl() {
    String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
    if (profiles.contains("postgres")) {
      return System.getenv("OPSFLOW_DB_URL");
    }
    return "jdbc:h2:file:" + data.resolve("opsflow").toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
  }

  private String user() {
    return System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("postgres")
        ? System.getenv("OPSFLOW_DB_USER") : "sa";
  }

  private String password() {
    return System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("postgres")
        ? System.getenv("OPSFLOW_DB_PASSWORD") : "";
  }

  private static long count(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private interface SqlCheck {
    boolean check() throws SQLException;
  }

  private static boolean query(SqlCheck check) {
    try {
      return check.check();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within 45 s: " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String tail(String log) {
    return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
  }
}
