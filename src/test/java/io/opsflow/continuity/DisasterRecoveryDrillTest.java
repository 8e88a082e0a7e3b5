package io.opsflow.continuity;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.continuity.DrillIds.*;
import static io.opsflow.continuity.RecoveryVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
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
 * DisasterRecoveryDrill, path by path, on the real application: drafted, sent back and approved,
 * announced, failed over per system in the window, judged (pass, partial, fail), evaluated and
 * reported; after every drill, a passed one too, the coordinator reviews the plan and confirms it
 * unchanged or revises it (3.3 对灾备计划进行修订); a system not recovered in the window is escalated. Started on demand, or by the schedule's DrillDue (ContinuityScheduleTest).
 */
class DisasterRecoveryDrillTest extends ContinuityTestBase {

  /** A Monday, 09:00 in the business-hours zone (Asia/Shanghai). */
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  DisasterRecoveryDrillTest() {
    super(MONDAY);
  }

  @Test
  void aPassingDrillOfTwoSystemsIsAnnouncedMeasuredReportedAndItsPlanReviewedAndConfirmed() {
    DrPlans.Plan plan = plan(60, 15, "database", "application");
    String db = plan.current().systems().get(0);
    String app = plan.current().systems().get(1);
    Drill drill = request(plan);
    assertThat(drill.number()).matches("DRD-\\d{4}-\\d{6}");

    draft(drill, db + ", " + app);
    approve(drill, true, null);
    List<MailServer.Mail> announced = MailServer.about(drill.number());
    assertThat(announced).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).startsWith("[" + drill.number() + "] DR drill of Failover of");
      assertThat(mail.to()).contains("dr-coordinator@opsflow.example", "ops-engineer@opsflow.example",
          "process-owner@opsflow.example", "incident-manager@opsflow.example", "service-desk@opsflow.example");
      assertThat(mail.body()).contains(db, app, "1. Promote the standby",
          "Window: 2026-03-02 10:00 – 2026-03-02 14:00 Asia/Shanghai").doesNotContain("UTC");
      assertThat(mail.subject()).endsWith(", 2026-03-02 10:00 – 2026-03-02 14:00 Asia/Shanghai");
    });
    assertThat(failoverTasks(drill)).as("nothing before the window opens").isEmpty();

    openWindow(drill);
    assertThat(failoverTasks(drill)).hasSize(2);
    failover(drill, db, 45, 5, "Replica lag <b>12 s</b> & a stale DNS cache");
    failover(drill, app, 30, 0, null);
    testRecovery(drill, db, true);
    testRecovery(drill, app, true);

    assertThat(variable(drill, VERDICT)).isEqualTo("pass");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(EVALUATE);
    assertThat(variable(drill, RESULT_SUMMARY))
        .contains(db + ": recovered in 45 min (target 60 min), data lost 5 min (target 15 min), recovery test passed → pass");
    complete(drill, EVALUATE, EVALUATION_SUMMARY, "Both systems came back well within the targets",
        LESSONS_LEARNED, "Flush the DNS caches first");

    assertThat(records.find(drill.number()).orElseThrow().status()).isEqualTo("EVALUATED");
    assertThat(task(drill).getTaskDefinitionKey()).as("a passed drill's plan is reviewed too").isEqualTo(REVIEW_PLAN);
    assertThat(steps.candidateGroups(task(drill))).containsExactly(Roles.DR_COORDINATOR);
    complete(drill, REVIEW_PLAN, PLAN_STILL_VALID, true, PLAN_REVIEW_NOTES, "Targets met; the runbook held");

    RecoveryRecords.Recovery record = records.find(drill.number()).orElseThrow();
    assertThat(record.verdict()).isEqualTo("pass");
    assertThat(record.status()).as("the review is recorded on the drill").isEqualTo("PLAN_CONFIRMED");
    assertThat(record.revisedPlanVersion()).isNull();
    assertThat(plans.find(plan.current().id()).orElseThrow())
        .satisfies(p -> assertThat(p.lastDrillVerdict()).isEqualTo("pass"))
        .satisfies(p -> assertThat(p.lastDrillNumber()).isEqualTo(drill.number()))
        .satisfies(p -> assertThat(p.current().version()).as("no revision").isEqualTo(1));
    assertThat(MailServer.about(drill.number())).extracting(MailServer.Mail::subject)
        .contains("[" + drill.number() + "] DR drill report: pass");
    assertEnded(drill, CLOSED);

    // the report of the two systems, as JSON and as a page
    Http reader = new Http(port).as("process-owner", "demo");
    JsonNode report = reader.get("/api/dr/drills/" + drill.number() + "/report").json();
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
    assertThat(report.get("status").asText()).isEqualTo("PLAN_CONFIRMED");
    assertThat(report.get("planVersion").asInt()).isEqualTo(1);
    assertThat(report.get("evaluation").asText()).isEqualTo("Both systems came back well within the targets");
    assertThat(report.get("planReviewNotes").asText()).as("kept on the record, beyond the engine's history")
        .isEqualTo("Targets met; the runbook held");
    assertThat(report.get("systems")).hasSize(2);
    JsonNode dbRow = systemRow(report, db);
    assertThat(dbRow.get("rtoTargetMinutes").asInt()).isEqualTo(60);
    assertThat(dbRow.get("measuredRtoMinutes").asInt()).isEqualTo(45);
    assertThat(dbRow.get("rpoTargetMinutes").asInt()).isEqualTo(15);
    assertThat(dbRow.get("dataLossMinutes").asInt()).isEqualTo(5);
    assertThat(dbRow.get("recoveryTestPassed").asBoolean()).isTrue();
    assertThat(dbRow.get("verdict").asText()).isEqualTo("pass");
    assertThat(dbRow.get("issues").asText()).isEqualTo("Replica lag <b>12 s</b> & a stale DNS cache");
    assertThat(systemRow(report, app).get("measuredRtoMinutes").asInt()).isEqualTo(30);

    Http.Response page = reader.get("/api/dr/drills/" + drill.number() + "/report?format=html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<title>DR drill report " + drill.number() + "</title>",
        "<td>" + db + "</td><td>60 min</td><td>45 min</td><td>15 min</td><td>5 min</td><td>passed",
        "Replica lag &lt;b&gt;12 s&lt;/b&gt; &amp; a stale DNS cache",
        "<tr><th>Window</th><td>2026-03-02 10:00 – 2026-03-02 14:00 Asia/Shanghai</td></tr>",
        "<tr><th>Plan review</th><td>confirmed unchanged: Targets met; the runbook held</td></tr>",
        "<td>2026-03-02 10:05 Asia/Shanghai</td><td>2026-03-02 10:50 Asia/Shanghai</td>")
        .doesNotContain("<b>12 s</b>", "UTC");
  }

  @Test
  void aPartialDrillsPlanReviewedAndRevisedBecomesTheNextPlanVersion() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = inWindow(plan, db);

    failover(drill, db, 90, 10, "The standby needed a manual promotion");
    testRecovery(drill, db, true);
    assertThat(variable(drill, VERDICT)).as("RTO missed by less than double").isEqualTo("partial");
    complete(drill, EVALUATE, EVALUATION_SUMMARY, "The promotion is not automated");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVIEW_PLAN);
    complete(drill, REVIEW_PLAN, PLAN_STILL_VALID, false, PLAN_REVIEW_NOTES, "Automate the promotion");

    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVISE_PLAN);
    assertThat(variable(drill, RUNBOOK_STEPS)).isEqualTo("Promote the standby\nSwitch the traffic\nRun the smoke tests");
    complete(drill, REVISE_PLAN, RTO_TARGET_MINUTES, 90, RPO_TARGET_MINUTES, 15,
        RUNBOOK_STEPS, "Run the promotion script\nSwitch the traffic\n\nRun the smoke tests",
        REVISION_NOTES, "Promotion scripted; RTO set to what the site can do");

    DrPlans.Plan revised = plans.find(plan.current().id()).orElseThrow();
    assertThat(revised.current().version()).isEqualTo(2);
    assertThat(revised.current().rtoMinutes()).isEqualTo(90);
    assertThat(revised.current().runbookSteps())
        .containsExactly("Run the promotion script", "Switch the traffic", "Run the smoke tests");
    assertThat(revised.current().changeReason())
        .isEqualTo("After " + drill.number() + " (partial, on version 1): Promotion scripted; RTO set to what the site can do");
    assertThat(revised.lastDrillVerdict()).isEqualTo("partial");
    assertThat(plans.versions(plan.current().id())).extracting(DrPlans.Version::version).containsExactly(2, 1);
    assertThat(plans.versions(plan.current().id()).get(1).rtoMinutes()).as("history kept").isEqualTo(60);
    RecoveryRecords.Recovery record = records.find(drill.number()).orElseThrow();
    assertThat(record.revisedPlanVersion()).isEqualTo(2);
    assertThat(record.status()).isEqualTo("REVISED");
    assertThat(record.rtoTargetMinutes()).as("the drill keeps the targets it was judged by").isEqualTo(60);
    assertEnded(drill, CLOSED);
  }

  @Test
  void aFailedRecoveryTestFailsTheDrillAndItsPlanIsKeptOnlyWithAReason() {
    DrPlans.Plan plan = plan(60, 15, "database", "application");
    String db = plan.current().systems().get(0);
    String app = plan.current().systems().get(1);
    Drill drill = inWindow(plan, db + "," + app);

    failover(drill, db, 20, 0, null);
    failover(drill, app, 20, 0, null);
    testRecovery(drill, db, true);
    testRecovery(drill, app, false);

    assertThat(variable(drill, VERDICT)).isEqualTo("fail");
    assertThat(records.find(drill.number()).orElseThrow().systems())
        .extracting(RecoveryRecords.SystemResult::verdict).containsExactlyInAnyOrder("pass", "fail");
    complete(drill, EVALUATE, EVALUATION_SUMMARY, "The application did not serve logins after the failover");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVIEW_PLAN);

    Task review = task(drill);
    assertThatThrownBy(() -> tasks.complete(review.getId(), vars(PLAN_STILL_VALID, true)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("planReviewNotes are required to keep the plan unchanged after a fail drill");
    assertThatThrownBy(() -> tasks.complete(review.getId(), vars(PLAN_REVIEW_NOTES, "Undecided")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planStillValid must be true or false");
    assertThat(steps.waitingAt(drill.processInstanceId())).as("still open").containsExactly(REVIEW_PLAN);

    complete(drill, REVIEW_PLAN, PLAN_STILL_VALID, true,
        PLAN_REVIEW_NOTES, "The login service's certificate had expired: an operating fault, not the plan's");
    assertThat(records.find(drill.number()).orElseThrow().status()).isEqualTo("PLAN_CONFIRMED");
    assertThat(plans.find(plan.current().id()).orElseThrow().current().version()).isEqualTo(1);
    assertEnded(drill, CLOSED);
  }

  @Test
  void aSystemNotRecoveredWithinTheWindowIsEscalatedToTheIncidentManagers() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = inWindow(plan, db);

    ProcessSteps.moveClock(Duration.ofHours(4)); // past the window's end, the failover still open
    fireTimer(drill, NOT_RECOVERED_IN_TIME);

    assertThat(MailServer.about(drill.number())).filteredOn(m -> m.subject().contains("not recovered in time"))
        .singleElement().satisfies(mail -> {
          assertThat(mail.subject()).isEqualTo("[" + drill.number() + "] " + db + " not recovered in time");
          assertThat(mail.to()).contains("incident-manager@opsflow.example").doesNotContain("ops-engineer@opsflow.example");
        });
    assertThat(records.find(drill.number()).orElseThrow().systems().get(0).escalatedAt()).isNotNull();
    assertThat(failoverTasks(drill)).as("the failover goes on").hasSize(1);

    failover(drill, db, 200, 5, "Recovered only after the vendor's help");
    testRecovery(drill, db, true);
    assertThat(variable(drill, VERDICT)).as("more than twice the RTO").isEqualTo("fail");
  }

  @Test
  void aDraftSentBackByTheProcessOwnerIsRevisedAndApproved() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = request(plan);
    draft(drill, db);

    approve(drill, false, "Not during the month-end closing");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(DRAFT_PLAN);
    assertThat(variable(drill, APPROVAL_NOTES)).isEqualTo("Not during the month-end closing");

    draft(drill, db);
    approve(drill, true, null);
    assertThat(records.find(drill.number()).orElseThrow().status()).isEqualTo("SCHEDULED");
  }

  @Test
  void aDrillFoundDueByTheScheduleStartsForItsPlanAndRestartsThePlansInterval() {
    Instant now = Instant.parse("2026-05-04T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    DrPlans.Plan plan = plan(60, 15, "database");

    ProcessInstance instance = runtime.createMessageCorrelation(DRILL_DUE_MESSAGE)
        .setVariable(PLAN_ID.name(), plan.current().id()).correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(DRAFT_PLAN);
    assertThat(steps.variable(instance.getId(), SYSTEMS)).as("all of the plan's systems, to begin with, as a list")
        .containsExactlyElementsOf(plan.current().systems());
    assertThat(runtime.getVariable(instance.getId(), SYSTEMS.name())).as("a list the draft form's taglist shows chosen")
        .isInstanceOf(java.util.List.class);
    assertThat(plans.find(plan.current().id()).orElseThrow().nextDrillDue())
        .isEqualTo(ContinuitySchedule.after(now, java.time.Period.ofMonths(3)));
  }

  @Test
  void badInputStartsNoDrillAndCompletesNoTask() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SCENARIO, "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planId is required");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(PLAN_ID, "dr-nothing")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planId names no DR plan in force");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(PLAN_ID, plan.current().id(),
        PLANNED_WINDOW_START.name(), "2026-03-07T10:00+08:00", PLANNED_WINDOW_END.name(), "2026-03-07T09:00+08:00")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("plannedWindowEnd must be after plannedWindowStart");

    Drill drill = inWindow(plan, db);
    Task failover = failoverTask(drill, db);
    Map<String, Object> backwards = vars(FAILOVER_STARTED_AT.name(), "2026-03-07T10:00+08:00",
        RECOVERED_AT.name(), "2026-03-07T09:59+08:00", DATA_LOSS_MINUTES, 0);
    assertThatThrownBy(() -> tasks.complete(failover.getId(), backwards))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("recoveredAt must be after failoverStartedAt");
    assertThatThrownBy(() -> tasks.complete(failover.getId(), vars(FAILOVER_STARTED_AT.name(), "yesterday",
        RECOVERED_AT.name(), "2026-03-07T09:59+08:00", DATA_LOSS_MINUTES, 0)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("failoverStartedAt must be a date and time");
    assertThat(failoverTasks(drill)).as("still open").hasSize(1);
  }

  @Test
  void theDrillNumbersItselfWhateverTheCallerHandsIn() {
    DrPlans.Plan plan = plan(60, 15, "database");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        vars(PLAN_ID, plan.current().id(), DRILL_NUMBER, "DRD-2001-000001"));
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("DRD-\\d{4}-\\d{6}").isNotEqualTo("DRD-2001-000001");
    assertThat(steps.variable(instance.getId(), DRILL_NUMBER)).isEqualTo(instance.getBusinessKey());
    assertThat(records.find(instance.getBusinessKey())).isPresent();
    assertThat(records.find("DRD-2001-000001")).isEmpty();
  }

  @Test
  void aWindowThatHasBegunIsRefusedOnTheDraftAndOnApproval() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = request(plan);
    Http coordinator = new Http(port).as("dr-coordinator", "demo");
    Http owner = new Http(port).as("process-owner", "demo");

    Http.Response pastDraft = coordinator.post("/engine-rest/task/" + task(drill).getId() + "/complete",
        "{\"variables\":{\"scenario\":{\"value\":\"Site lost\"},\"systems\":{\"value\":\"" + db + "\"},"
            + "\"plannedWindowStart\":{\"value\":\"" + local(MONDAY.minus(Duration.ofMinutes(30))) + "\"},"
            + "\"plannedWindowEnd\":{\"value\":\"" + local(MONDAY.plus(Duration.ofHours(3))) + "\"}}}");
    assertThat(pastDraft.status()).as(pastDraft.body()).isEqualTo(400);
    assertThat(pastDraft.body()).contains("plannedWindowStart has begun");

    draft(drill, db); // 10:00 to 14:00
    ProcessSteps.moveClock(Duration.ofHours(2)); // the process owner comes to it at 11:00
    Http.Response late = owner.post("/engine-rest/task/" + task(drill).getId() + "/complete",
        "{\"variables\":{\"drillApproved\":{\"value\":true}}}");
    assertThat(late.status()).as(late.body()).isEqualTo(400);
    assertThat(late.body()).contains("plannedWindowStart has begun", "send it back to draft a new window");
    assertThat(task(drill).getTaskDefinitionKey()).as("not approved").isEqualTo(APPROVE_PLAN);
    assertThat(management.createJobQuery().processInstanceId(drill.processInstanceId()).count())
        .as("no window, no escalation timer").isZero();
    assertThat(MailServer.about(drill.number())).as("nobody alarmed").isEmpty();

    Http.Response sentBack = owner.post("/engine-rest/task/" + task(drill).getId() + "/complete",
        "{\"variables\":{\"drillApproved\":{\"value\":false},\"approvalNotes\":{\"value\":\"Too late: pick a new window\"}}}");
    assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(204);
    draft(drill, db);
    approve(drill, true, null);
    assertThat(records.find(drill.number()).orElseThrow().status()).isEqualTo("SCHEDULED");
  }

  @Test
  void aFailoverIsRecordedWithinTheWindowAndNotAheadOfTime() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = inWindow(plan, db);
    Instant opens = variable(drill, WINDOW_OPENS_AT);
    Http engineer = new Http(port).as("ops-engineer", "demo");
    String complete = "/engine-rest/task/" + failoverTask(drill, db).getId() + "/complete";

    Http.Response early = engineer.post(complete, failover(opens.minus(Duration.ofMinutes(20)), opens.plus(Duration.ofMinutes(1))));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("failoverStartedAt lies before the drill window opened");

    Http.Response ahead = engineer.post(complete, failover(opens.plus(Duration.ofMinutes(5)), opens.plus(Duration.ofMinutes(50))));
    assertThat(ahead.status()).as(ahead.body()).isEqualTo(400);
    assertThat(ahead.body()).contains("recoveredAt lies in the future");
    assertThat(failoverTasks(drill)).as("still open").hasSize(1);

    ProcessSteps.moveClock(Duration.ofMinutes(50));
    Http.Response done = engineer.post(complete, failover(opens.plus(Duration.ofMinutes(5)), opens.plus(Duration.ofMinutes(50))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    steps.runJobs(drill.processInstanceId());
    assertThat(records.find(drill.number()).orElseThrow().systems().get(0).measuredRtoMinutes()).isEqualTo(45);
  }

  @Test
  void aDrillKeepsThePlanVersionItWasRegisteredUnderWhenThePlanIsRevisedAndRetired() {
    DrPlans.Plan plan = plan(60, 15, "database", "application");
    String id = plan.current().id();
    String db = plan.current().systems().get(0);
    String app = plan.current().systems().get(1);
    Drill drill = request(plan);
    draft(drill, db);
    DrPlans.Version v1 = plan.current();
    plans.revise(id, new DrPlans.Content("Renamed plan", v1.service(), v1.scenario(), v1.systems(), v1.backupSystems(),
        120, 30, List.of("A new runbook"), v1.owner(), v1.drillInterval()), "dr-coordinator", "Meanwhile");
    approve(drill, true, null);

    assertThat(MailServer.about(drill.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).contains("DR drill of " + v1.name());
      assertThat(mail.body()).contains("version 1", "recovery within 60 minutes", "1. Promote the standby")
          .doesNotContain("Renamed plan");
    });
    fixtures.retire(plan); // and a system retired in the CMDB: neither stops the drill
    fixtures.retireSystem(app);
    openWindow(drill);
    failover(drill, db, 90, 10, null);
    testRecovery(drill, db, true);
    complete(drill, EVALUATE, EVALUATION_SUMMARY, "Slow promotion");

    assertThat(management.createJobQuery().processInstanceId(drill.processInstanceId()).withException().count())
        .as("no failed job").isZero();
    assertThat(MailServer.about(drill.number())).extracting(MailServer.Mail::subject)
        .contains("[" + drill.number() + "] DR drill report: partial");
    complete(drill, REVIEW_PLAN, PLAN_STILL_VALID, false);
    complete(drill, REVISE_PLAN, RTO_TARGET_MINUTES, 90, RPO_TARGET_MINUTES, 15,
        RUNBOOK_STEPS, "Script the promotion\nSwitch the traffic", REVISION_NOTES, "Promotion scripted");

    DrPlans.Plan after = plans.find(id).orElseThrow();
    assertThat(after.retired()).as("a retired plan stays retired").isTrue();
    assertThat(after.current().version()).isEqualTo(3);
    assertThat(after.current().name()).as("the rest carried over from the latest version").isEqualTo("Renamed plan");
    assertThat(after.current().rtoMinutes()).isEqualTo(90);
    assertThat(after.current().systems()).contains(app);
    assertThat(after.current().changeReason()).startsWith("After " + drill.number() + " (partial, on version 1)");
    assertEnded(drill, CLOSED);
  }

  @Test
  void aRevisedRunbookTooLongToStoreIsRefusedNamingIt() {
    String drill = steps.startBefore(PROCESS, null, REVISE_PLAN, PLAN_ID, plan(60, 15, "database").current().id());
    coverage.track(drill);
    // 7 999 characters typed, but every quote doubles in the stored list
    String runbook = "\"".repeat(3000) + "\n" + "x".repeat(4998);
    Task revise = steps.task(drill, REVISE_PLAN);
    assertThatThrownBy(() -> tasks.complete(revise.getId(), vars(RTO_TARGET_MINUTES, 60, RPO_TARGET_MINUTES, 15,
        RUNBOOK_STEPS, runbook, REVISION_NOTES, "Quotes")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("runbookSteps are too long");
    assertThat(steps.waitingAt(drill)).containsExactly(REVISE_PLAN);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String failover(Instant started, Instant recovered) {
    return "{\"variables\":{\"failoverStartedAt\":{\"value\":\"" + local(started) + "\"},"
        + "\"recoveredAt\":{\"value\":\"" + local(recovered) + "\"},\"dataLossMinutes\":{\"value\":0}}}";
  }

  record Drill(String processInstanceId, String number) {
  }

  private DrPlans.Plan plan(int rto, int rpo, String... systemTypes) {
    return fixtures.plan(rto, rpo, "P3M", systemTypes);
  }

  private Drill request(DrPlans.Plan plan) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, vars(PLAN_ID, plan.current().id()));
    coverage.track(instance.getId());
    return new Drill(instance.getId(), instance.getBusinessKey());
  }

  /** Drafted for a window from one to five hours from now, approved, announced, and the window open. */
  private Drill inWindow(DrPlans.Plan plan, String systems) {
    Drill drill = request(plan);
    draft(drill, systems);
    approve(drill, true, null);
    openWindow(drill);
    return drill;
  }

  private void draft(Drill drill, String systems) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    complete(drill, DRAFT_PLAN, SCENARIO, "Primary site lost on a weekday morning", SYSTEMS.name(), systems,
        PARTICIPANTS, "dr-coordinator, ops-engineer, Ms Li (DBA)",
        PLANNED_WINDOW_START.name(), local(now.plus(Duration.ofHours(1))),
        PLANNED_WINDOW_END.name(), local(now.plus(Duration.ofHours(5))));
  }

  private void approve(Drill drill, boolean approved, String notes) {
    complete(drill, APPROVE_PLAN, DRILL_APPROVED, approved, APPROVAL_NOTES, notes);
  }

  private void openWindow(Drill drill) {
    ClockUtil.setCurrentTime(Date.from(variable(drill, WINDOW_OPENS_AT).plus(Duration.ofMinutes(1))));
    fireTimer(drill, WINDOW_OPENED);
  }

  /** Records a failover that began five minutes into the window and took the given minutes. */
  private void failover(Drill drill, String system, int minutes, int dataLoss, String issues) {
    Instant started = variable(drill, WINDOW_OPENS_AT).plus(Duration.ofMinutes(5));
    atLeast(started.plus(Duration.ofMinutes(minutes + 1)));
    completeForSystem(drill.processInstanceId(), EXECUTE_FAILOVER, system,
        FAILOVER_STARTED_AT.name(), local(started), RECOVERED_AT.name(), local(started.plus(Duration.ofMinutes(minutes))),
        DATA_LOSS_MINUTES, dataLoss, ISSUES, issues);
  }

  private void testRecovery(Drill drill, String system, boolean passed) {
    completeForSystem(drill.processInstanceId(), TEST_RECOVERY, system, RECOVERY_TEST_PASSED, passed,
        RECOVERY_TEST_NOTES, "Logins and orders checked");
  }

  private List<Task> failoverTasks(Drill drill) {
    return systemTasks(drill.processInstanceId(), EXECUTE_FAILOVER);
  }

  private Task failoverTask(Drill drill, String system) {
    return systemTask(drill.processInstanceId(), EXECUTE_FAILOVER, system);
  }

  private void complete(Drill drill, String taskKey, Object... namesAndValues) {
    steps.complete(drill.processInstanceId(), taskKey, namesAndValues);
  }

  /** The drill's one open task. */
  private Task task(Drill drill) {
    List<Task> open = steps.tasks(drill.processInstanceId());
    assertThat(open).hasSize(1);
    return open.get(0);
  }

  private <T> T variable(Drill drill, Variable<T> variable) {
    return steps.variable(drill.processInstanceId(), variable);
  }

  /** Fires the drill's timer at that event, which must be due by now. */
  private void fireTimer(Drill drill, String eventId) {
    assertThat(steps.timerDue(drill.processInstanceId(), eventId)).as("due by now")
        .isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    steps.fireTimer(drill.processInstanceId(), eventId);
  }

  /** Moves the clock on to the instant, unless it is there already: recoveries are recorded afterwards. */
  private static void atLeast(Instant instant) {
    if (ClockUtil.getCurrentTime().toInstant().isBefore(instant)) {
      ClockUtil.setCurrentTime(Date.from(instant));
    }
  }

  private void assertEnded(Drill drill, String endEventId) {
    assertEnded(drill.processInstanceId(), endEventId);
  }

  private static JsonNode systemRow(JsonNode report, String system) {
    for (JsonNode row : report.get("systems")) {
      if (system.equals(row.get("systemId").asText())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + system + " in " + report);
  }
}
