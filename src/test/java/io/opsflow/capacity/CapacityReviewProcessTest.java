package io.opsflow.capacity;

import static io.opsflow.capacity.CapacityReviewIds.*;
import static io.opsflow.capacity.CapacityReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CapacityReview: each critical service's owner group records its utilisation (what monitoring posted
 * offered, out-of-range measures refused naming the measure), CapacityHeadroom judges it, a change is
 * raised through change management and a purchase mailed to ops-admin, the report kept and read by
 * role; a review without actions is reported at once; the quarterly schedule (CapacityReviewSchedule)
 * starts one a quarter.
 */
class CapacityReviewProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);
  @RegisterExtension
  static FlowNodeCoverage scheduleCoverage = new FlowNodeCoverage(SCHEDULE);

  @Autowired
  Cmdb cmdb;
  @Autowired
  CapacityRecords records;

  private ProcessSteps steps;
  private String shop;
  private String mail;

  @BeforeEach
  void setUp() {
    steps = new ProcessSteps(engine);
    long suffix = System.nanoTime() % 1_000_000_000L;
    shop = "cap-shop-" + suffix;
    mail = "cap-mail-" + suffix;
    Cmdb.Author tester = new Cmdb.Author("capacity-test", null);
    cmdb.create(shop, new Cmdb.Fields("Online shop " + suffix, "service", "ops-engineer", "high", "production", null),
        tester);
    cmdb.create(mail, new Cmdb.Fields("Mail " + suffix, "service", "support-l2", "high", "production", null), tester);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Cmdb.Author tester = new Cmdb.Author("capacity-test", null);
    cmdb.retire(shop, tester);
    cmdb.retire(mail, tester);
  }

  @Test
  void eachCriticalServiceIsRecordedJudgedAndItsActionRaisedThenTheReportIsKept() {
    Http ops = new Http(port).as("ops-engineer", "demo");
    assertThat(ops.post("/api/capacity/measurements", measurement(shop, 40, 85, 50)).status()).isEqualTo(201);

    String pid = runtime.startProcessInstanceByKey(PROCESS).getId();
    coverage.track(pid);
    String number = (String) steps.variable(pid, REVIEW_NUMBER.name());
    assertThat(number).matches("CAP-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo(number);

    Task shopTask = taskFor(pid, shop);
    assertThat(steps.candidateGroups(shopTask)).containsExactly("ops-engineer");
    assertThat(steps.candidateGroups(taskFor(pid, mail))).containsExactly("support-l2");
    assertThat(tasks.getVariable(shopTask.getId(), "storagePeak")).as("what monitoring posted").isEqualTo(85.0);
    assertThat(tasks.getVariable(taskFor(pid, mail).getId(), "cpuPeak")).as("nothing posted").isNull();

    Map<String, Object> bad = values(120, 10, 10);
    assertThatThrownBy(() -> tasks.complete(shopTask.getId(), bad)).hasMessageContaining("cpuPeak");
    Map<String, Object> missing = values(10, 10, 10);
    missing.put("forecastPeak", null);
    assertThatThrownBy(() -> tasks.complete(shopTask.getId(), missing)).hasMessageContaining("forecastPeak");

    steps.as("ops-engineer", () -> {
      tasks.complete(shopTask.getId(), values(40, 85, 50));
      return null;
    });
    tasks.complete(taskFor(pid, mail).getId(), values(92, 30, 60));
    for (Task other : tasks.createTaskQuery().processInstanceId(pid).list()) {
      tasks.complete(other.getId(), values(10, 10, 10));
    }
    steps.runJobs(pid);

    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    Map<String, CapacityRecords.Result> results = new HashMap<>();
    records.results(number).forEach(r -> results.put(r.serviceId(), r));
    assertThat(results.get(shop).action()).isEqualTo(PURCHASE);
    assertThat(results.get(shop).recordedBy()).isEqualTo("ops-engineer");
    assertThat(results.get(shop).changeNumber()).isNull();
    assertThat(results.get(mail).action()).isEqualTo(CHANGE);
    assertThat(results.get(mail).changeNumber()).matches("CHG-\\d{4}-\\d{6}");
    assertThat(jdbc.sql("SELECT summary FROM opsflow_change WHERE change_number = ?")
        .param(results.get(mail).changeNumber()).query(String.class).single()).contains(number, "Mail ");
    assertThat(records.find(number).orElseThrow().reportedAt()).isNotNull();
    assertThat(MailServer.about(number)).anySatisfy(m -> {
      assertThat(m.subject()).contains("Capacity purchase requested / 容量采购申请");
      assertThat(m.body()).contains("Online shop", "存储峰值超过 80%");
    });
    assertThat(MailServer.about(number)).anySatisfy(m -> assertThat(m.subject()).contains("容量评审报告"));

    Http.Response read = new Http(port).as("ops-admin", "demo").get("/api/capacity/reviews/" + number);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).contains(shop, "purchase", results.get(mail).changeNumber());
    assertThat(new Http(port).as("requester", "demo").get("/api/capacity/reviews/" + number).status())
        .isEqualTo(403);
    assertThat(new Http(port).as("ops-admin", "demo").get("/api/capacity/reviews/CAP-1999-000001").status())
        .isEqualTo(404);
  }

  @Test
  void aReviewWithEnoughHeadroomEverywhereIsReportedWithoutActions() {
    String pid = runtime.startProcessInstanceByKey(PROCESS).getId();
    coverage.track(pid);
    for (Task task : tasks.createTaskQuery().processInstanceId(pid).list()) {
      tasks.complete(task.getId(), values(10, 10, 10));
    }
    steps.runJobs(pid);
    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    assertThat(steps.historicVariable(pid, ACTIONS_NEEDED)).isFalse();
  }

  @Test
  void theQuarterlyScheduleStartsOneReviewAQuarter() {
    jdbc.sql("DELETE FROM opsflow_capacity_result WHERE review_number IN (SELECT review_number FROM "
        + "opsflow_capacity_review WHERE scheduled_quarter = '2097-Q3')").update();
    jdbc.sql("DELETE FROM opsflow_capacity_review WHERE scheduled_quarter = '2097-Q3'").update();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2097-07-01T02:00:00Z")));

    String first = fireQuarter();
    String second = fireQuarter();

    assertThat(steps.endedAt(first, REVIEW_STARTED)).isTrue();
    assertThat(steps.endedAt(second, QUARTER_REVIEWED_ALREADY)).as("the same quarter again").isTrue();
    List<String> numbers = jdbc.sql("SELECT review_number FROM opsflow_capacity_review "
        + "WHERE scheduled_quarter = '2097-Q3'").query(String.class).list();
    assertThat(numbers).hasSize(1);
    String review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0))
        .processDefinitionKey(PROCESS).singleResult().getId();
    assertThat(steps.waitingAt(review)).contains(RECORD_UTILISATION);

    // a start racing the first (another node's retry) finds the quarter started and starts nothing
    long reviews = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    String late = runtime.createProcessInstanceByKey(SCHEDULE).startBeforeActivity(START_QUARTER_REVIEW)
        .setVariables(ProcessSteps.vars(SCHEDULED_QUARTER, "2097-Q3")).execute().getId();
    steps.runJobs(late);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(reviews);
    runtime.deleteProcessInstance(review, "test done");
  }

  private String fireQuarter() {
    ManagementService management = engine.getManagementService();
    Job timer = management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(QUARTER_BEGINS)
        .singleResult();
    assertThat(timer).as("the quarterly timer").isNotNull();
    java.util.Set<String> before = scheduleInstances();
    management.executeJob(timer.getId());
    java.util.Set<String> after = scheduleInstances();
    after.removeAll(before);
    assertThat(after).as("one check started").hasSize(1);
    String pid = after.iterator().next();
    scheduleCoverage.track(pid);
    steps.runJobs(pid);
    return pid;
  }

  private java.util.Set<String> scheduleInstances() {
    return new java.util.HashSet<>(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SCHEDULE).list().stream().map(p -> p.getId()).toList());
  }

  private Task taskFor(String pid, String service) {
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(RECORD_UTILISATION).list().stream()
        .filter(t -> service.equals(tasks.getVariable(t.getId(), SERVICE_ID.name()))).findFirst().orElseThrow();
  }

  /** Measures with the highest CPU peak, the storage peak and the forecast given, the rest low. */
  static Map<String, Object> values(double cpuPeak, double storagePeak, double forecastPeak) {
    Map<String, Object> values = new HashMap<>();
    MEASURES.forEach(name -> values.put(name, 10.0));
    values.put("cpuPeak", cpuPeak);
    values.put("storagePeak", storagePeak);
    values.put("forecastPeak", forecastPeak);
    values.put("cpuTrend", -5.0);
    return values;
  }

  static String measurement(String service, double cpuPeak, double storagePeak, double forecastPeak) {
    StringBuilder json = new StringBuilder("{\"service\":\"" + service + "\"");
    values(cpuPeak, storagePeak, forecastPeak).forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
    return json.append("}").toString();
  }
}
