package io.opsflow.identity;

import io.opsflow.BenchmarkTable;
import io.opsflow.OpsFlowTestBase;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.OpsFlowTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * How fast a role's Tasklist queue opens when the engine holds many open tasks: the calls Tasklist
 * makes for a queue ({@code POST /filter/{id}/list} with Tasklist's body and HAL, which also counts,
 * and {@code POST /filter/{id}/count}; the list also as plain JSON, the page query alone), as the
 * role's user beside the same calls as {@code admin}, the in-run baseline (the engine checks
 * {@code admin}'s authorizations too, but finds its one grant on every task, {@code *}, where the
 * role has one grant per task). Not a test: it prints
 * figures and is skipped unless asked for:
 * {@code ./mvnw test -Dtest=RoleQueueBenchmark -Dbenchmark=true -Dopsflow.test.metrics-refresh-interval=10s
 * [-Dbenchmark.tasks=200000 -Dbenchmark.queue=50000]} (add the postgres profile's environment to run it on
 * PostgreSQL). The refresh interval is production's: the tests' 200ms would recount every open task
 * five times a second beside the measured calls. It shares the tests' application context: a second
 * context in the same JVM would register a second engine under the same name.
 *
 * <p>The open tasks are real engine state, loaded quickly: one instance per role group (and one
 * claimed by the role's user) of a one-task process is started through the engine, which writes
 * the execution, task, candidate link, variables and the task authorizations Camunda grants the
 * candidate group (and the assignee); those rows are then copied with fresh ids by set-based SQL,
 * {@code benchmark.queue} tasks into the measured role's queue (every tenth claimed by its user)
 * and the rest spread over the other roles, created at random times in the last 30 days. History
 * rows are not copied. The copies, the instances and the deployment are removed afterwards unless
 * {@code -Dbenchmark.keep=true}.
 *
 * <p>Options: {@code benchmark.role} (service-desk), {@code benchmark.user} (the role's user; "demo"
 * is in every group), {@code benchmark.repetitions} (200), {@code benchmark.warmup} (20),
 * {@code benchmark.budget-seconds} per measured call (60), {@code benchmark.analyze} (true: refresh
 * the planner's statistics after loading, as autovacuum does within a minute or so).
 */
@OpsFlowTest
class RoleQueueBenchmark extends OpsFlowTestBase {

  static final String PROCESS = "RoleQueueBenchmark";
  static final String DEPLOYMENT = "role-queue-benchmark";
  static final String ADMIN = "admin";
  /** What Tasklist sends for a queue's first page (camunda-tasklist-bootstrap.js, taskListQuery). */
  static final String TASKLIST_LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortOrder\":\"desc\",\"sortBy\":\"created\"}],\"active\":true}";
  static final String COUNT_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],\"active\":true}";
  /** The SDK's Accept header: Tasklist reads HAL, whose list embeds the count, variables and users. */
  static final String HAL = "application/hal+json, application/json; q=0.5";

  @Autowired
  DataSource dataSource;
  @Value("${opsflow.admin.password}")
  String adminPassword;
  @Value("${opsflow.metrics.refresh-interval}")
  String metricsRefresh;

  private final HttpClient http = HttpClient.newHttpClient();
  private boolean postgres;

  @Test
  void roleQueue() throws Exception {
    assumeTrue(Boolean.getBoolean("benchmark"), "a benchmark: run with -Dbenchmark=true");
    int tasks = Integer.getInteger("benchmark.tasks", 2_000);
    int queue = Integer.getInteger("benchmark.queue", 500);
    String role = System.getProperty("benchmark.role", "service-desk");
    String user = System.getProperty("benchmark.user", role);
    boolean keep = Boolean.getBoolean("benchmark.keep");
    boolean analyze = Boolean.parseBoolean(System.getProperty("benchmark.analyze", "true"));
    if (queue > tasks) {
      throw new IllegalArgumentException("benchmark.queue must not exceed benchmark.tasks");
    }
    postgres = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
        .toLowerCase().contains("postgres");
    String database = JdbcUtils.extractDatabaseMetaData(dataSource,
        m -> m.getDatabaseProductName() + " " + m.getDatabaseProductVersion());

    removeEarlierRun();
    long start = System.nanoTime();
    int loaded = preload(tasks, queue, role, user);
    double preloadSeconds = (System.nanoTime() - start) / 1e9;
    double analyzeSeconds = 0;
    if (analyze) {
      start = System.nanoTime();
      for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE",
          "ACT_RU_AUTHORIZATION")) {
        jdbc.sql(postgres ? "ANALYZE " + table : "ANALYZE TABLE " + table).update();
      }
      analyzeSeconds = (System.nanoTime() - start) / 1e9;
    }
    try {
      measure(database, tasks, queue, role, user, loaded, preloadSeconds, analyze, analyzeSeconds);
    } finally {
      if (keep) {
        System.out.println("  benchmark.keep: the loaded tasks stay (the next run removes them first)");
      } else {
        removeEarlierRun();
      }
    }
  }

  private void measure(String database, int tasks, int queue, String role, String user, int loaded,
      double preloadSeconds, boolean analyze, double analyzeSeconds) throws Exception {
    Role measured = Roles.byGroup(role).orElseThrow();
    Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(measured.queue()).singleResult();
    String list = "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15";
    String count = "/engine-rest/filter/" + filter.getId() + "/count";
    int repetitions = Integer.getInteger("benchmark.repetitions", 200);
    int warmup = Integer.getInteger("benchmark.warmup", 20);
    int budget = Integer.getInteger("benchmark.budget-seconds", 60);

    // what each side sees, before timing anything: the same queue, and nothing of it for another role
    String roleCount = countOf(user, "demo", count, COUNT_BODY);
    String adminCount = countOf(ADMIN, adminPassword, count, COUNT_BODY);
    String other = role.equals("support-l1") ? "support-l2" : "support-l1";
    String otherSees = countOf(other, "demo", "/engine-rest/task/count?candidateGroup=" + role, null);

    List<String[]> rows = new ArrayList<>();
    double target = postgres ? 40 : 100;
    for (String[] c : List.of(new String[] {"list (Tasklist: HAL, page of 15 + count)", list, TASKLIST_LIST_BODY, HAL},
        new String[] {"list as JSON (page of 15 only)", list, TASKLIST_LIST_BODY, "application/json"},
        new String[] {"count", count, COUNT_BODY, "application/json"})) {
      double[] asRole = time(user, "demo", c[1], c[2], c[3], warmup, repetitions, budget);
      double[] asAdmin = time(ADMIN, adminPassword, c[1], c[2], c[3], warmup, repetitions, budget);
      rows.add(new String[] {c[0], figure(asRole), figure(asAdmin),
          String.format("%.1fx", Math.abs(asRole[1] / asAdmin[1])),
          String.format("p99 <= %.0f ms", target),
          asRole[1] >= 0 && asRole[1] <= target ? "pass" : "FAIL"});
      if (!c[0].startsWith("list as JSON")) {
        BenchmarkTable.row(String.format("role queue %s p99, %s, %,d open / %,d queued", c[0].startsWith("count")
            ? "count" : "list (Tasklist)", role, loaded, queue), "ms", asRole[1], "admin", asAdmin[1], target, false);
      }
    }

    System.out.printf("%nBENCHMARK role queue on %s (%d cores)%n", database, Runtime.getRuntime().availableProcessors());
    if (postgres) {
      System.out.printf("  PostgreSQL settings of the application's connections: plan_cache_mode=%s, jit=%s%n",
          jdbc.sql("SHOW plan_cache_mode").query(String.class).single(), jdbc.sql("SHOW jit").query(String.class).single());
    }
    System.out.printf("  queue metrics refreshed every %s (a grouped count over all open tasks)%n", metricsRefresh);
    System.out.printf("  open tasks: %d loaded (%d in the %s queue, the rest over %d other roles) in %.1f s%s%n",
        loaded, queue, role, Roles.ALL.size() - 1, preloadSeconds,
        analyze ? String.format("; statistics refreshed (ANALYZE) in %.1f s", analyzeSeconds) : "; no ANALYZE");
    System.out.printf("  open tasks in the engine: %d; queue '%s' counts %s for %s, %s for admin; %s sees %s of them%n",
        jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK").query(Long.class).single(), measured.queue(), roleCount, user,
        adminCount, other, otherSees);
    System.out.println("  authorizations (ACT_RU_AUTHORIZATION) by resource type:");
    jdbc.sql("SELECT RESOURCE_TYPE_ AS t, COUNT(*) AS n FROM ACT_RU_AUTHORIZATION GROUP BY RESOURCE_TYPE_ ORDER BY 2 DESC")
        .query((rs, i) -> String.format("    %-28s %,10d", resourceName(rs.getInt("t")), rs.getLong("n")))
        .list().forEach(System.out::println);
    String format = "  %-42s %-26s %-26s %-7s %-15s %s%n";
    System.out.printf(format, "call", user + " p50 / p99", "admin p50 / p99 (baseline)", "ratio", "target", "");
    rows.forEach(r -> System.out.printf(format, (Object[]) r));
    if (postgres ? tasks < 200_000 || queue < 50_000 : tasks < 50_000 || queue < 10_000) {
      System.out.printf("  (below the target's size: %s)%n", postgres ? "200,000 open, 50,000 in the queue"
          : "50,000 open, 10,000 in the queue");
    }
  }

  /**
   * p50, p99 (ms) and the number of timed calls; stops early once the budget is spent. A call that
   * fails (a statement timeout the database was given, say) or alone outlasts the budget ends the
   * measurement: that one call is the figure, negative when it failed.
   */
  private double[] time(String user, String password, String path, String body, String accept, int warmup,
      int repetitions, int budgetSeconds) throws Exception {
    long budget = Duration.ofSeconds(budgetSeconds).toNanos();
    long until = System.nanoTime() + budget;
    for (int i = 0; i < warmup && System.nanoTime() < until; i++) {
      long start = System.nanoTime();
      boolean ok = attempt(user, password, path, body, accept);
      long took = System.nanoTime() - start;
      if (!ok || took > budget) {
        double millis = took / 1e6 * (ok ? 1 : -1);
        return new double[] {millis, millis, 1};
      }
    }
    until = System.nanoTime() + budget;
    List<Double> millis = new ArrayList<>();
    while (millis.size() < repetitions && (millis.size() < 3 || System.nanoTime() < until)) {
      long start = System.nanoTime();
      boolean ok = attempt(user, password, path, body, accept);
      double took = (System.nanoTime() - start) / 1e6;
      if (!ok) {
        return new double[] {-took, -took, 1};
      }
      millis.add(took);
      if (took > budget / 1e6) {
        break;
      }
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {percentile(sorted, 50), percentile(sorted, 99), sorted.length};
  }

  private boolean attempt(String user, String password, String path, String body, String accept) throws Exception {
    changeOneQueuedTask();
    try {
      call(user, password, path, body, accept);
      return true;
    } catch (AssertionError e) {
      System.out.println("  " + e.getMessage().substring(0, Math.min(200, e.getMessage().length())));
      return false;
    }
  }

  /**
   * Touches one loaded task before each call, outside the time taken, as a live service desk changes its
   * queue between two looks. Without it H2 answers a statement it ran before on tables unchanged since
   * with the result it kept (its OPTIMIZE_REUSE_RESULTS): the page and the count then measured 16–23 ms at
   * 50,000 open / 10,000 queued, where running them costs 0.4–1.9 s. PostgreSQL keeps no results.
   */
  private void changeOneQueuedTask() {
    jdbc.sql("UPDATE ACT_RU_TASK SET LAST_UPDATED_ = ? WHERE ID_ = (SELECT MIN(task) FROM rqb_copy)")
        .param(new java.sql.Timestamp(System.currentTimeMillis())).update();
  }

  /** The count an endpoint answers, or why there is none. */
  private String countOf(String user, String password, String path, String body) throws Exception {
    try {
      return call(user, password, path, body, "application/json").replaceAll("\\D", "");
    } catch (AssertionError e) {
      return "(failed: " + e.getMessage().substring(0, Math.min(80, e.getMessage().length())) + ")";
    }
  }

  private static String figure(double[] timed) {
    return timed[1] < 0 ? String.format("failed after %.1f s", -timed[1] / 1000)
        : String.format("%.1f / %.1f ms (n=%d)", timed[0], timed[1], (int) timed[2]);
  }

  private static double percentile(double[] sorted, int p) {
    return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private String call(String user, String password, String path, String body, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(10))
        .header("Accept", accept)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    request = body == null ? request.GET()
        : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new AssertionError(user + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  // ---------------------------------------------------------------------------------------------
  // loading

  /**
   * Starts the template instances through the engine and copies their rows; returns the number of
   * open tasks loaded. Templates: 0 = the role's queue, 1 = the same claimed by its user, 2.. = one
   * per other role.
   */
  private int preload(int tasks, int queue, String role, String user) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Role queue benchmark")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("work").name("Benchmark task").camundaCandidateGroups("${queue}").camundaDueDate("${due}")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().name(DEPLOYMENT).addModelInstance(PROCESS + ".bpmn", model)
        .deploy();
    List<String> groups = new ArrayList<>();
    groups.add(role);
    groups.add(role);
    Roles.ALL.stream().map(Role::groupId).filter(g -> !g.equals(role)).forEach(groups::add);

    jdbc.sql("CREATE TABLE rqb_template (tpl INT PRIMARY KEY, pi VARCHAR(64), task VARCHAR(64))").update();
    for (int tpl = 0; tpl < groups.size(); tpl++) {
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
          Variables.createVariables().putValue("queue", groups.get(tpl))
              .putValue("summary", "Printer on floor 3 does not print (benchmark)").putValue("priority", "P3")
              .putValue("due", new java.util.Date(System.currentTimeMillis() + Duration.ofDays(2).toMillis())));
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
      if (tpl == 1) {
        engine.getTaskService().claim(task.getId(), user);
      }
      jdbc.sql("INSERT INTO rqb_template (tpl, pi, task) VALUES (?, ?, ?)")
          .params(tpl, instance.getId(), task.getId()).update();
    }
    int others = groups.size() - 2;
    int copies = tasks - groups.size();

    // one row per copy: its template, fresh ids, when it was created and is due
    jdbc.sql("CREATE TABLE rqb_copy (n INT PRIMARY KEY, tpl INT, pi VARCHAR(64), task VARCHAR(64), "
        + "actinst VARCHAR(64), created TIMESTAMP, due TIMESTAMP)").update();
    String template = "CASE WHEN n <= " + (queue - 2) + " THEN (CASE WHEN MOD(n, 10) = 0 THEN 1 ELSE 0 END) "
        + "ELSE 2 + MOD(n, " + others + ") END";
    if (postgres) {
      jdbc.sql("INSERT INTO rqb_copy (n, tpl, pi, task, actinst, created) "
          + "SELECT n, " + template + ", gen_random_uuid()::varchar, gen_random_uuid()::varchar, "
          + "'work:' || gen_random_uuid(), LOCALTIMESTAMP - random() * INTERVAL '30 days' "
          + "FROM generate_series(1, ?) AS s(n)").param(copies).update();
      jdbc.sql("UPDATE rqb_copy SET due = created + random() * INTERVAL '5 days'").update();
    } else {
      jdbc.sql("INSERT INTO rqb_copy (n, tpl, pi, task, actinst, created) "
          + "SELECT n, " + template + ", CAST(RANDOM_UUID() AS VARCHAR), CAST(RANDOM_UUID() AS VARCHAR), "
          + "'work:' || CAST(RANDOM_UUID() AS VARCHAR), DATEADD(SECOND, -CAST(RAND() * 2592000 AS INT), LOCALTIMESTAMP) "
          + "FROM (SELECT CAST(X AS INT) AS n FROM SYSTEM_RANGE(1, ?)) s").param(copies).update();
      jdbc.sql("UPDATE rqb_copy SET due = DATEADD(SECOND, CAST(RAND() * 432000 AS INT), created)").update();
    }
    String uuid = postgres ? "gen_random_uuid()::varchar" : "CAST(RANDOM_UUID() AS VARCHAR)";
    String from = " FROM rqb_copy c JOIN rqb_template t ON t.tpl = c.tpl ";

    jdbc.sql("INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PARENT_ID_, "
        + "PROC_DEF_ID_, SUPER_EXEC_, SUPER_CASE_EXEC_, CASE_INST_ID_, ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, "
        + "IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_, TENANT_ID_, PROC_DEF_KEY_) "
        + "SELECT c.pi, e.REV_, c.pi, c.pi, e.BUSINESS_KEY_, NULL, e.PROC_DEF_ID_, e.SUPER_EXEC_, e.SUPER_CASE_EXEC_, "
        + "e.CASE_INST_ID_, e.ACT_ID_, c.actinst, e.IS_ACTIVE_, e.IS_CONCURRENT_, e.IS_SCOPE_, e.IS_EVENT_SCOPE_, "
        + "e.SUSPENSION_STATE_, e.CACHED_ENT_STATE_, e.SEQUENCE_COUNTER_, e.TENANT_ID_, e.PROC_DEF_KEY_"
        + from + "JOIN ACT_RU_EXECUTION e ON e.ID_ = t.pi").update();
    jdbc.sql("INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, CASE_EXECUTION_ID_, "
        + "CASE_INST_ID_, CASE_DEF_ID_, NAME_, PARENT_TASK_ID_, DESCRIPTION_, TASK_DEF_KEY_, OWNER_, ASSIGNEE_, "
        + "DELEGATION_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, DUE_DATE_, FOLLOW_UP_DATE_, SUSPENSION_STATE_, "
        + "TENANT_ID_, TASK_STATE_) "
        + "SELECT c.task, k.REV_, c.pi, c.pi, k.PROC_DEF_ID_, k.CASE_EXECUTION_ID_, k.CASE_INST_ID_, k.CASE_DEF_ID_, "
        + "k.NAME_, k.PARENT_TASK_ID_, k.DESCRIPTION_, k.TASK_DEF_KEY_, k.OWNER_, k.ASSIGNEE_, k.DELEGATION_, "
        + "k.PRIORITY_, c.created, CASE WHEN k.LAST_UPDATED_ IS NULL THEN NULL ELSE c.created END, c.due, "
        + "k.FOLLOW_UP_DATE_, k.SUSPENSION_STATE_, k.TENANT_ID_, k.TASK_STATE_"
        + from + "JOIN ACT_RU_TASK k ON k.ID_ = t.task").update();
    jdbc.sql("INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, USER_ID_, TASK_ID_, PROC_DEF_ID_, TENANT_ID_) "
        + "SELECT " + uuid + ", l.REV_, l.GROUP_ID_, l.TYPE_, l.USER_ID_, c.task, l.PROC_DEF_ID_, l.TENANT_ID_"
        + from + "JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.task").update();
    jdbc.sql("INSERT INTO ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, "
        + "CASE_EXECUTION_ID_, CASE_INST_ID_, TASK_ID_, BATCH_ID_, BYTEARRAY_ID_, DOUBLE_, LONG_, TEXT_, TEXT2_, "
        + "VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_, TENANT_ID_) "
        + "SELECT " + uuid + ", v.REV_, v.TYPE_, v.NAME_, c.pi, c.pi, v.PROC_DEF_ID_, v.CASE_EXECUTION_ID_, "
        + "v.CASE_INST_ID_, NULL, v.BATCH_ID_, v.BYTEARRAY_ID_, v.DOUBLE_, "
        + "CASE WHEN v.NAME_ = 'due' THEN " + epochMillis("c.due") + " ELSE v.LONG_ END, v.TEXT_, v.TEXT2_, "
        + "c.pi, v.SEQUENCE_COUNTER_, v.IS_CONCURRENT_LOCAL_, v.TENANT_ID_"
        + from + "JOIN ACT_RU_VARIABLE v ON v.EXECUTION_ID_ = t.pi AND v.TASK_ID_ IS NULL").update();
    jdbc.sql("INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, "
        + "PERMS_, REMOVAL_TIME_, ROOT_PROC_INST_ID_) "
        + "SELECT " + uuid + ", a.REV_, a.TYPE_, a.GROUP_ID_, a.USER_ID_, a.RESOURCE_TYPE_, "
        + "CASE WHEN a.RESOURCE_ID_ = t.task THEN c.task ELSE c.pi END, a.PERMS_, a.REMOVAL_TIME_, "
        + "CASE WHEN a.ROOT_PROC_INST_ID_ IS NULL THEN NULL ELSE c.pi END"
        + from + "JOIN ACT_RU_AUTHORIZATION a ON a.RESOURCE_ID_ IN (t.task, t.pi)").update();
    return groups.size() + copies;
  }

  private String epochMillis(String column) {
    return postgres ? "CAST(EXTRACT(EPOCH FROM " + column + ") * 1000 AS BIGINT)"
        : "DATEDIFF(MILLISECOND, TIMESTAMP '1970-01-01 00:00:00', " + column + ")";
  }

  /** Removes what a run (this one, or an earlier kept or broken one) loaded. */
  private void removeEarlierRun() {
    if (tableExists("rqb_copy")) {
      String copies = "(SELECT task FROM rqb_copy)";
      jdbc.sql("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ IN " + copies).update();
      jdbc.sql("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ IN (SELECT pi FROM rqb_copy)").update();
      jdbc.sql("DELETE FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IN " + copies).update();
      jdbc.sql("DELETE FROM ACT_RU_VARIABLE WHERE EXECUTION_ID_ IN (SELECT pi FROM rqb_copy)").update();
      jdbc.sql("DELETE FROM ACT_RU_TASK WHERE ID_ IN " + copies).update();
      jdbc.sql("DELETE FROM ACT_RU_EXECUTION WHERE ID_ IN (SELECT pi FROM rqb_copy)").update();
      jdbc.sql("DROP TABLE rqb_copy").update();
    }
    if (tableExists("rqb_template")) {
      jdbc.sql("DROP TABLE rqb_template").update();
    }
    for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
    }
  }

  private boolean tableExists(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = ?")
        .param(table).query(Long.class).single() > 0;
  }

  private static String resourceName(int type) {
    return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst()
        .map(r -> r.name() + " (" + type + ")").orElse(String.valueOf(type));
  }
}
