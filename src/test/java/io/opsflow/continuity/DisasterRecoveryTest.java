package io.opsflow.continuity;

import static io.opsflow.continuity.DisasterIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * DisasterRecovery, path by path, on the real application: declared on the start form or by a
 * major incident, the plan activated at once, each affected system recovered (again when its
 * service checks fail) and measured from the declaration, escalated when the RTO passes, the
 * service announced restored, the recovery evaluated and the plan revised.
 */
@OpsFlowTest
class DisasterRecoveryTest {

  private static final Instant DECLARED = Instant.parse("2026-06-10T01:30:00Z");

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  DrPlans plans;
  @Autowired
  RecoveryRecords records;
  @Autowired
  Cmdb cmdb;
  @LocalServerPort
  int port;

  ContinuityFixtures fixtures;
  final List<DrPlans.Plan> created = new ArrayList<>();

  @BeforeEach
  void atTheDeclaration() {
    fixtures = new ContinuityFixtures(cmdb, plans);
    ClockUtil.setCurrentTime(Date.from(DECLARED));
  }

  @AfterEach
  void retirePlans() {
    created.forEach(fixtures::retire);
    ClockUtil.reset();
  }

  @Test
  void aDeclaredDisasterActivatesThePlanAtOnceRecoversTheAffectedSystemsAndRevisesThePlan() {
    DrPlans.Plan plan = plan("database", "application", "server");
    String db = plan.current().systems().get(0);
    String app = plan.current().systems().get(1);
    Disaster disaster = declare(plan, db + ", " + app);
    assertThat(disaster.number()).matches("DRE-\\d{4}-\\d{6}");

    assertThat(MailServer.about(disaster.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("[" + disaster.number() + "] DR plan Failover of "
          + plan.current().service() + " activated: Fire in the primary data centre");
      assertThat(mail.to()).contains("incident-manager@opsflow.example", "dr-coordinator@opsflow.example",
          "ops-engineer@opsflow.example");
      assertThat(mail.body()).contains("Systems to recover: " + db + ", " + app,
          "declared at 2026-06-10 09:30 Asia/Shanghai", "within 60 minutes (RTO, by 2026-06-10 10:30 Asia/Shanghai)",
          "1. Promote the standby").doesNotContain("UTC");
    });
    assertThat(failoverTasks(disaster)).as("the affected systems only").hasSize(2);
    assertThat(failoverTasks(disaster).get(0).getDueDate()).as("due when the RTO passes")
        .isEqualTo(Date.from(DECLARED.plus(Duration.ofMinutes(60))));

    recover(disaster, db, 10, 40, 5);
    recover(disaster, app, 15, 50, 0);
    testRecovery(disaster, db, true);
    assertThat(MailServer.about(disaster.number())).extracting(MailServer.Mail::subject)
        .noneMatch(s -> s.contains("Service restored"));
    testRecovery(disaster, app, true);

    assertThat(MailServer.about(disaster.number())).extracting(MailServer.Mail::subject)
        .contains("[" + disaster.number() + "] Service restored: Failover of " + plan.current().service());
    assertThat(variable(disaster, "verdict")).isEqualTo("pass");
    complete(disaster, EVALUATE, "evaluationSummary", "Recovered within the RTO; the standby site held",
        "lessonsLearned", "Keep the standby's DNS TTL short");
    complete(disaster, REVISE_PLAN, "rtoTargetMinutes", 60, "rpoTargetMinutes", 15,
        "runbookSteps", "Promote the standby\nSwitch the traffic\nRun the smoke tests\nTell the customers",
        "revisionNotes", "Customers are told as a step of its own");

    DrPlans.Plan revised = plans.find(plan.current().id()).orElseThrow();
    assertThat(revised.current().version()).isEqualTo(2);
    assertThat(revised.current().runbookSteps()).endsWith("Tell the customers");
    assertThat(revised.lastDrillNumber()).isEqualTo(disaster.number());
    assertEnded(disaster, CLOSED);

    JsonNode report = new Http(port).as("incident-manager", "demo")
        .get("/api/dr/disasters/" + disaster.number() + "/report").json();
    assertThat(report.get("kind").asText()).isEqualTo("disaster");
    assertThat(report.get("incidentNumber").asText()).isEqualTo("INC-2026-000777");
    assertThat(report.get("revisedPlanVersion").asInt()).isEqualTo(2);
    assertThat(report.get("systems")).hasSize(2);
    assertThat(report.get("systems").findValues("measuredRtoMinutes")).extracting(JsonNode::asInt)
        .as("counted from the declaration, not from the start of the failover").containsExactlyInAnyOrder(40, 50);
  }

  @Test
  void aSystemWhoseServiceChecksFailGoesBackToRecovery() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);

    recover(disaster, db, 5, 30, 0);
    testRecovery(disaster, db, false);
    assertThat(failoverTasks(disaster)).as("recover it again").hasSize(1);

    recover(disaster, db, 35, 100, 0);
    testRecovery(disaster, db, true);
    assertThat(records.find(disaster.number()).orElseThrow().systems()).singleElement()
        .satisfies(s -> assertThat(s.measuredRtoMinutes()).isEqualTo(100))
        .satisfies(s -> assertThat(s.verdict()).as("RTO missed by less than double").isEqualTo("partial"));
    assertThat(variable(disaster, "verdict")).isEqualTo("partial");
  }

  @Test
  void aSystemStillDownWhenTheRtoPassesIsEscalatedToTheIncidentManagers() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);

    ClockUtil.setCurrentTime(Date.from(DECLARED.plus(Duration.ofMinutes(61))));
    Job rtoPassed = management.createJobQuery().processInstanceId(disaster.processInstanceId()).timers()
        .activityId(RTO_PASSED).singleResult();
    assertThat(rtoPassed.getDuedate()).isEqualTo(Date.from(DECLARED.plus(Duration.ofMinutes(60))));
    management.executeJob(rtoPassed.getId());
    Jobs.runDue(management, disaster.processInstanceId());

    assertThat(MailServer.about(disaster.number())).extracting(MailServer.Mail::subject)
        .contains("[" + disaster.number() + "] " + db + " not recovered in time");
    assertThat(records.find(disaster.number()).orElseThrow().systems().get(0).escalatedAt())
        .isEqualTo(DECLARED.plus(Duration.ofMinutes(61)));
    assertThat(failoverTasks(disaster)).as("the recovery goes on").hasSize(1);
  }

  @Test
  void aMajorIncidentDeclaresADisasterByMessage() {
    DrPlans.Plan plan = plan("database");
    ProcessInstance instance = runtime.createMessageCorrelation(DISASTER_DECLARED_MESSAGE)
        .setVariables(Map.of("planId", plan.current().id(), "summary", "Storage array lost",
            "incidentNumber", "INC-2026-000778"))
        .correlateStartMessage();
    coverage.track(instance.getId());
    Jobs.runDue(management, instance.getId());

    RecoveryRecords.Recovery record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.incidentNumber()).isEqualTo("INC-2026-000778");
    assertThat(record.declaredAt()).isEqualTo(DECLARED);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(EXECUTE_FAILOVER).count())
        .isEqualTo(1);
  }

  @Test
  void theDeclarationNumbersItselfAndStartsTheClockNowWhateverTheCallerHandsIn() {
    DrPlans.Plan plan = plan("database");
    Map<String, Object> declaration = new HashMap<>(Map.of("planId", plan.current().id(), "summary", "Storage lost",
        "disasterNumber", "DRE-2001-000001", "declaredAt", Date.from(DECLARED.minus(Duration.ofDays(1)))));
    ProcessInstance instance = runtime.createMessageCorrelation(DISASTER_DECLARED_MESSAGE).setVariables(declaration)
        .correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("DRE-\\d{4}-\\d{6}").isNotEqualTo("DRE-2001-000001");
    RecoveryRecords.Recovery record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.declaredAt()).as("the clock starts at the declaration").isEqualTo(DECLARED);
    assertThat(runtime.getVariable(instance.getId(), "recoveryDeadline"))
        .isEqualTo(Date.from(DECLARED.plus(Duration.ofMinutes(60))));
    assertThat(records.find("DRE-2001-000001")).isEmpty();
  }

  @Test
  void aRecoveryIsRecordedFromTheDeclarationOnAndNotAheadOfTime() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);
    Http engineer = new Http(port).as("ops-engineer", "demo");
    String complete = "/engine-rest/task/" + systemTask(disaster, EXECUTE_FAILOVER, db).getId() + "/complete";
    ClockUtil.setCurrentTime(Date.from(DECLARED.plus(Duration.ofMinutes(30))));

    Http.Response early = engineer.post(complete, recovery(-60, 20));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("failoverStartedAt lies before the disaster was declared");
    Http.Response ahead = engineer.post(complete, recovery(5, 45));
    assertThat(ahead.status()).as(ahead.body()).isEqualTo(400);
    assertThat(ahead.body()).contains("recoveredAt lies in the future");
    assertThat(failoverTasks(disaster)).as("still open").hasSize(1);

    Http.Response recovered = engineer.post(complete, recovery(0, 25));
    assertThat(recovered.status()).as(recovered.body()).isEqualTo(204);
    Jobs.runDue(management, disaster.processInstanceId());
    assertThat(records.find(disaster.number()).orElseThrow().systems().get(0).measuredRtoMinutes()).isEqualTo(25);
  }

  @Test
  void aDisasterKeepsThePlanVersionItWasDeclaredUnderWhenThePlanIsRetired() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);
    fixtures.retire(plan);

    recover(disaster, db, 5, 40, 0);
    testRecovery(disaster, db, true);
    complete(disaster, EVALUATE, "evaluationSummary", "Recovered in time");

    assertThat(management.createJobQuery().processInstanceId(disaster.processInstanceId()).withException().count())
        .as("no failed job").isZero();
    assertThat(MailServer.about(disaster.number())).extracting(MailServer.Mail::subject)
        .contains("[" + disaster.number() + "] Service restored: Failover of " + plan.current().service(),
            "[" + disaster.number() + "] Disaster recovery report: pass");
    complete(disaster, REVISE_PLAN, "rtoTargetMinutes", 60, "rpoTargetMinutes", 15,
        "runbookSteps", "Promote the standby", "revisionNotes", "Kept for the next plan");
    assertThat(plans.find(plan.current().id()).orElseThrow())
        .satisfies(p -> assertThat(p.retired()).isTrue())
        .satisfies(p -> assertThat(p.current().version()).isEqualTo(2));
    assertEnded(disaster, CLOSED);
  }

  @Test
  void badInputDeclaresNoDisaster() {
    DrPlans.Plan plan = plan("database");
    String id = plan.current().id();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("planId", id)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        Map.of("planId", id, "summary", "x", "affectedSystems", "crm-db")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("affectedSystems names crm-db, which is not one of the plan's systems");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        Map.of("planId", id, "summary", "x", "incidentNumber", "the big one")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("incidentNumber must be an incident number");
  }

  // --- helpers --------------------------------------------------------------------------------

  record Disaster(String processInstanceId, String number) {
  }

  private DrPlans.Plan plan(String... systemTypes) {
    DrPlans.Plan plan = fixtures.plan(60, 15, "P3M", systemTypes);
    created.add(plan);
    return plan;
  }

  private Disaster declare(DrPlans.Plan plan, String affectedSystems) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("planId", plan.current().id());
    variables.put("summary", "Fire in the primary data centre");
    variables.put("affectedSystems", affectedSystems);
    variables.put("incidentNumber", "INC-2026-000777");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, variables);
    coverage.track(instance.getId());
    Jobs.runDue(management, instance.getId());
    return new Disaster(instance.getId(), instance.getBusinessKey());
  }

  private static String recovery(int startedAfter, int recoveredAfter) {
    return "{\"variables\":{\"failoverStartedAt\":{\"value\":\"" + local(DECLARED.plus(Duration.ofMinutes(startedAfter)))
        + "\"},\"recoveredAt\":{\"value\":\"" + local(DECLARED.plus(Duration.ofMinutes(recoveredAfter)))
        + "\"},\"dataLossMinutes\":{\"value\":0}}}";
  }

  /** Records a recovery begun and finished the given minutes after the declaration (and the clock past it). */
  private void recover(Disaster disaster, String system, int startedAfter, int recoveredAfter, int dataLoss) {
    Instant recovered = DECLARED.plus(Duration.ofMinutes(recoveredAfter + 1));
    if (ClockUtil.getCurrentTime().toInstant().isBefore(recovered)) {
      ClockUtil.setCurrentTime(Date.from(recovered));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("failoverStartedAt", local(DECLARED.plus(Duration.ofMinutes(startedAfter))));
    variables.put("recoveredAt", local(DECLARED.plus(Duration.ofMinutes(recoveredAfter))));
    variables.put("dataLossMinutes", dataLoss);
    tasks.complete(systemTask(disaster, EXECUTE_FAILOVER, system).getId(), variables);
    Jobs.runDue(management, disaster.processInstanceId());
  }

  private void testRecovery(Disaster disaster, String system, boolean passed) {
    tasks.complete(systemTask(disaster, TEST_RECOVERY, system).getId(),
        Map.of("recoveryTestPassed", passed, "recoveryTestNotes", passed ? "All checks green" : "Orders fail"));
    Jobs.runDue(management, disaster.processInstanceId());
  }

  private List<Task> failoverTasks(Disaster disaster) {
    return tasks.createTaskQuery().processInstanceId(disaster.processInstanceId()).taskDefinitionKey(EXECUTE_FAILOVER)
        .list();
  }

  private Task systemTask(Disaster disaster, String key, String system) {
    return tasks.createTaskQuery().processInstanceId(disaster.processInstanceId()).taskDefinitionKey(key).list().stream()
        .filter(t -> system.equals(tasks.getVariable(t.getId(), "systemId"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " for " + system));
  }

  private void complete(Disaster disaster, String taskKey, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    Task task = tasks.createTaskQuery().processInstanceId(disaster.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management, disaster.processInstanceId());
  }

  private Object variable(Disaster disaster, String name) {
    return runtime.getVariable(disaster.processInstanceId(), name);
  }

  private void assertEnded(Disaster disaster, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(disaster.processInstanceId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(disaster.processInstanceId())
        .activityId(endEventId).count()).isEqualTo(1);
  }

  private static String local(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.ofHours(8)).toString();
  }
}
