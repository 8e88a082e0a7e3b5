package io.opsflow.continuity;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.continuity.DisasterIds.*;
import static io.opsflow.continuity.RecoveryVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.platform.process.Variable;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DisasterRecovery, path by path, on the real application: declared on the start form or by a
 * major incident, the plan activated at once, each affected system recovered (again when its
 * service checks fail) and measured from the declaration, escalated when the RTO passes, the
 * service announced restored, the recovery evaluated and the plan revised.
 */
class DisasterRecoveryTest extends ContinuityTestBase {

  private static final Instant DECLARED = Instant.parse("2026-06-10T01:30:00Z");

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  DisasterRecoveryTest() {
    super(DECLARED);
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
    assertThat(variable(disaster, VERDICT)).isEqualTo("pass");
    complete(disaster, EVALUATE, EVALUATION_SUMMARY, "Recovered within the RTO; the standby site held",
        LESSONS_LEARNED, "Keep the standby's DNS TTL short");
    complete(disaster, REVISE_PLAN, RTO_TARGET_MINUTES, 60, RPO_TARGET_MINUTES, 15,
        RUNBOOK_STEPS, "Promote the standby\nSwitch the traffic\nRun the smoke tests\nTell the customers",
        REVISION_NOTES, "Customers are told as a step of its own");

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
    assertThat(variable(disaster, VERDICT)).isEqualTo("partial");
  }

  @Test
  void aSystemStillDownWhenTheRtoPassesIsEscalatedToTheIncidentManagers() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);

    ClockUtil.setCurrentTime(Date.from(DECLARED.plus(Duration.ofMinutes(61))));
    assertThat(steps.timerDue(disaster.processInstanceId(), RTO_PASSED))
        .isEqualTo(Date.from(DECLARED.plus(Duration.ofMinutes(60))));
    steps.fireTimer(disaster.processInstanceId(), RTO_PASSED);

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
        .setVariables(vars(PLAN_ID, plan.current().id(), SUMMARY, "Storage array lost",
            INCIDENT_NUMBER, "INC-2026-000778"))
        .correlateStartMessage();
    coverage.track(instance.getId());
    steps.runJobs(instance.getId());

    RecoveryRecords.Recovery record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.incidentNumber()).isEqualTo("INC-2026-000778");
    assertThat(record.declaredAt()).isEqualTo(DECLARED);
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(EXECUTE_FAILOVER).count())
        .isEqualTo(1);
  }

  @Test
  void theDeclarationNumbersItselfAndStartsTheClockNowWhateverTheCallerHandsIn() {
    DrPlans.Plan plan = plan("database");
    Map<String, Object> declaration = vars(PLAN_ID, plan.current().id(), SUMMARY, "Storage lost",
        DISASTER_NUMBER, "DRE-2001-000001", DECLARED_AT, DECLARED.minus(Duration.ofDays(1)));
    ProcessInstance instance = runtime.createMessageCorrelation(DISASTER_DECLARED_MESSAGE).setVariables(declaration)
        .correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("DRE-\\d{4}-\\d{6}").isNotEqualTo("DRE-2001-000001");
    RecoveryRecords.Recovery record = records.find(instance.getBusinessKey()).orElseThrow();
    assertThat(record.declaredAt()).as("the clock starts at the declaration").isEqualTo(DECLARED);
    assertThat(steps.variable(instance.getId(), RECOVERY_DEADLINE)).isEqualTo(DECLARED.plus(Duration.ofMinutes(60)));
    assertThat(records.find("DRE-2001-000001")).isEmpty();
  }

  @Test
  void aRecoveryIsRecordedFromTheDeclarationOnAndNotAheadOfTime() {
    DrPlans.Plan plan = plan("database");
    String db = plan.current().systems().get(0);
    Disaster disaster = declare(plan, null);
    Http engineer = new Http(port).as("ops-engineer", "demo");
    String complete = "/engine-rest/task/" + systemTask(disaster.processInstanceId(), EXECUTE_FAILOVER, db).getId() + "/complete";
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
    steps.runJobs(disaster.processInstanceId());
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
    complete(disaster, EVALUATE, EVALUATION_SUMMARY, "Recovered in time");

    assertThat(management.createJobQuery().processInstanceId(disaster.processInstanceId()).withException().count())
        .as("no failed job").isZero();
    assertThat(MailServer.about(disaster.number())).extracting(MailServer.Mail::subject)
        .contains("[" + disaster.number() + "] Service restored: Failover of " + plan.current().service(),
            "[" + disaster.number() + "] Disaster recovery report: pass");
    complete(disaster, REVISE_PLAN, RTO_TARGET_MINUTES, 60, RPO_TARGET_MINUTES, 15,
        RUNBOOK_STEPS, "Promote the standby", REVISION_NOTES, "Kept for the next plan");
    assertThat(plans.find(plan.current().id()).orElseThrow())
        .satisfies(p -> assertThat(p.retired()).isTrue())
        .satisfies(p -> assertThat(p.current().version()).isEqualTo(2));
    assertEnded(disaster, CLOSED);
  }

  @Test
  void badInputDeclaresNoDisaster() {
    DrPlans.Plan plan = plan("database");
    String id = plan.current().id();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(PLAN_ID, id)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        vars(PLAN_ID, id, SUMMARY, "x", AFFECTED_SYSTEMS.name(), "crm-db")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("affectedSystems names crm-db, which is not one of the plan's systems");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        vars(PLAN_ID, id, SUMMARY, "x", INCIDENT_NUMBER, "the big one")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("incidentNumber must be an incident number");
  }

  // --- helpers --------------------------------------------------------------------------------

  record Disaster(String processInstanceId, String number) {
  }

  private DrPlans.Plan plan(String... systemTypes) {
    return fixtures.plan(60, 15, "P3M", systemTypes);
  }

  private Disaster declare(DrPlans.Plan plan, String affectedSystems) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, vars(PLAN_ID, plan.current().id(),
        SUMMARY, "Fire in the primary data centre", AFFECTED_SYSTEMS.name(), affectedSystems,
        INCIDENT_NUMBER, "INC-2026-000777"));
    coverage.track(instance.getId());
    steps.runJobs(instance.getId());
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
    completeForSystem(disaster.processInstanceId(), EXECUTE_FAILOVER, system,
        FAILOVER_STARTED_AT.name(), local(DECLARED.plus(Duration.ofMinutes(startedAfter))),
        RECOVERED_AT.name(), local(DECLARED.plus(Duration.ofMinutes(recoveredAfter))), DATA_LOSS_MINUTES, dataLoss);
  }

  private void testRecovery(Disaster disaster, String system, boolean passed) {
    completeForSystem(disaster.processInstanceId(), TEST_RECOVERY, system, RECOVERY_TEST_PASSED, passed,
        RECOVERY_TEST_NOTES, passed ? "All checks green" : "Orders fail");
  }

  private List<Task> failoverTasks(Disaster disaster) {
    return systemTasks(disaster.processInstanceId(), EXECUTE_FAILOVER);
  }

  private void complete(Disaster disaster, String taskKey, Object... namesAndValues) {
    steps.complete(disaster.processInstanceId(), taskKey, namesAndValues);
  }

  private <T> T variable(Disaster disaster, Variable<T> variable) {
    return steps.variable(disaster.processInstanceId(), variable);
  }

  private void assertEnded(Disaster disaster, String endEventId) {
    assertEnded(disaster.processInstanceId(), endEventId);
  }
}
