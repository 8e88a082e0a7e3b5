package io.opsflow.continuity;

import static io.opsflow.continuity.DrillIds.*;
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
 * DisasterRecoveryDrill, path by path, on the real application: drafted, sent back and approved,
 * announced, failed over per system in the window, judged (pass, partial, fail), evaluated and
 * reported; a partial or failed drill revises the plan; a system not recovered in the window is
 * escalated. Started on demand, or by the schedule's DrillDue (ContinuityScheduleTest).
 */
@OpsFlowTest
class DisasterRecoveryDrillTest {

  /** UTC+8, as the operators in the seed's time zone enter their times. */
  private static final ZoneOffset OPERATOR_ZONE = ZoneOffset.ofHours(8);
  /** A Monday, 09:00 in the business-hours zone (Asia/Shanghai). */
  private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

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
  void fixtures() {
    ClockUtil.setCurrentTime(Date.from(MONDAY));
    fixtures = new ContinuityFixtures(cmdb, plans);
  }

  @AfterEach
  void retirePlans() {
    created.stream().filter(p -> plans.inForce(p.current().id()).isPresent()).forEach(fixtures::retire);
    ClockUtil.reset();
  }

  @Test
  void aPassingDrillOfTwoSystemsIsAnnouncedMeasuredReportedAndNeedsNoRevision() {
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

    assertThat(variable(drill, "verdict")).isEqualTo("pass");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(EVALUATE);
    assertThat((String) variable(drill, "resultSummary"))
        .contains(db + ": recovered in 45 min (target 60 min), data lost 5 min (target 15 min), recovery test passed → pass");
    complete(drill, EVALUATE, "evaluationSummary", "Both systems came back well within the targets",
        "lessonsLearned", "Flush the DNS caches first");

    RecoveryRecords.Recovery record = records.find(drill.number()).orElseThrow();
    assertThat(record.verdict()).isEqualTo("pass");
    assertThat(record.status()).isEqualTo("EVALUATED");
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
    assertThat(report.get("planVersion").asInt()).isEqualTo(1);
    assertThat(report.get("evaluation").asText()).isEqualTo("Both systems came back well within the targets");
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
        "<td>2026-03-02 10:05 Asia/Shanghai</td><td>2026-03-02 10:50 Asia/Shanghai</td>")
        .doesNotContain("<b>12 s</b>", "UTC");
  }

  @Test
  void aPartialDrillRequiresAPlanRevisionWhoseResultIsTheNextPlanVersion() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = inWindow(plan, db);

    failover(drill, db, 90, 10, "The standby needed a manual promotion");
    testRecovery(drill, db, true);
    assertThat(variable(drill, "verdict")).as("RTO missed by less than double").isEqualTo("partial");
    complete(drill, EVALUATE, "evaluationSummary", "The promotion is not automated");

    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVISE_PLAN);
    assertThat(variable(drill, "runbookSteps")).isEqualTo("Promote the standby\nSwitch the traffic\nRun the smoke tests");
    complete(drill, REVISE_PLAN, "rtoTargetMinutes", 90, "rpoTargetMinutes", 15,
        "runbookSteps", "Run the promotion script\nSwitch the traffic\n\nRun the smoke tests",
        "revisionNotes", "Promotion scripted; RTO set to what the site can do");

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
    assertThat(record.rtoTargetMinutes()).as("the drill keeps the targets it was judged by").isEqualTo(60);
    assertEnded(drill, CLOSED);
  }

  @Test
  void aFailedRecoveryTestFailsTheDrillAndAsksForARevision() {
    DrPlans.Plan plan = plan(60, 15, "database", "application");
    String db = plan.current().systems().get(0);
    String app = plan.current().systems().get(1);
    Drill drill = inWindow(plan, db + "," + app);

    failover(drill, db, 20, 0, null);
    failover(drill, app, 20, 0, null);
    testRecovery(drill, db, true);
    testRecovery(drill, app, false);

    assertThat(variable(drill, "verdict")).isEqualTo("fail");
    assertThat(records.find(drill.number()).orElseThrow().systems())
        .extracting(RecoveryRecords.SystemResult::verdict).containsExactlyInAnyOrder("pass", "fail");
    complete(drill, EVALUATE, "evaluationSummary", "The application did not serve logins after the failover");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVISE_PLAN);
  }

  @Test
  void aSystemNotRecoveredWithinTheWindowIsEscalatedToTheIncidentManagers() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = inWindow(plan, db);

    moveClock(Duration.ofHours(4)); // past the window's end, the failover still open
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
    assertThat(variable(drill, "verdict")).as("more than twice the RTO").isEqualTo("fail");
  }

  @Test
  void aDraftSentBackByTheProcessOwnerIsRevisedAndApproved() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    Drill drill = request(plan);
    draft(drill, db);

    approve(drill, false, "Not during the month-end closing");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(DRAFT_PLAN);
    assertThat(variable(drill, "approvalNotes")).isEqualTo("Not during the month-end closing");

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
        .setVariable("planId", plan.current().id()).correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(DRAFT_PLAN);
    assertThat(runtime.getVariable(instance.getId(), "systems")).as("all of the plan's systems, to begin with")
        .isEqualTo(plan.current().systems().get(0));
    assertThat(plans.find(plan.current().id()).orElseThrow().nextDrillDue())
        .isEqualTo(ContinuitySchedule.after(now, java.time.Period.ofMonths(3)));
  }

  @Test
  void badInputStartsNoDrillAndCompletesNoTask() {
    DrPlans.Plan plan = plan(60, 15, "database");
    String db = plan.current().systems().get(0);
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("scenario", "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planId is required");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("planId", "dr-nothing")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("planId names no DR plan in force");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("planId", plan.current().id(),
        "plannedWindowStart", "2026-03-07T10:00+08:00", "plannedWindowEnd", "2026-03-07T09:00+08:00")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("plannedWindowEnd must be after plannedWindowStart");

    Drill drill = inWindow(plan, db);
    Task failover = failoverTask(drill, db);
    Map<String, Object> backwards = Map.of("failoverStartedAt", "2026-03-07T10:00+08:00",
        "recoveredAt", "2026-03-07T09:59+08:00", "dataLossMinutes", 0);
    assertThatThrownBy(() -> tasks.complete(failover.getId(), backwards))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("recoveredAt must be after failoverStartedAt");
    assertThatThrownBy(() -> tasks.complete(failover.getId(), Map.of("failoverStartedAt", "yesterday",
        "recoveredAt", "2026-03-07T09:59+08:00", "dataLossMinutes", 0)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("failoverStartedAt must be a date and time");
    assertThat(failoverTasks(drill)).as("still open").hasSize(1);
  }

  @Test
  void theDrillNumbersItselfWhateverTheCallerHandsIn() {
    DrPlans.Plan plan = plan(60, 15, "database");
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        Map.of("planId", plan.current().id(), "drillNumber", "DRD-2001-000001"));
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("DRD-\\d{4}-\\d{6}").isNotEqualTo("DRD-2001-000001");
    assertThat(runtime.getVariable(instance.getId(), "drillNumber")).isEqualTo(instance.getBusinessKey());
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
    moveClock(Duration.ofHours(2)); // the process owner comes to it at 11:00
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
    Instant opens = ((Date) variable(drill, "windowOpensAt")).toInstant();
    Http engineer = new Http(port).as("ops-engineer", "demo");
    String complete = "/engine-rest/task/" + failoverTask(drill, db).getId() + "/complete";

    Http.Response early = engineer.post(complete, failover(opens.minus(Duration.ofMinutes(20)), opens.plus(Duration.ofMinutes(1))));
    assertThat(early.status()).as(early.body()).isEqualTo(400);
    assertThat(early.body()).contains("failoverStartedAt lies before the drill window opened");

    Http.Response ahead = engineer.post(complete, failover(opens.plus(Duration.ofMinutes(5)), opens.plus(Duration.ofMinutes(50))));
    assertThat(ahead.status()).as(ahead.body()).isEqualTo(400);
    assertThat(ahead.body()).contains("recoveredAt lies in the future");
    assertThat(failoverTasks(drill)).as("still open").hasSize(1);

    moveClock(Duration.ofMinutes(50));
    Http.Response done = engineer.post(complete, failover(opens.plus(Duration.ofMinutes(5)), opens.plus(Duration.ofMinutes(50))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    Jobs.runDue(management, drill.processInstanceId());
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
    cmdb.retire(app, new Cmdb.Author("continuity-test", null));
    openWindow(drill);
    failover(drill, db, 90, 10, null);
    testRecovery(drill, db, true);
    complete(drill, EVALUATE, "evaluationSummary", "Slow promotion");

    assertThat(management.createJobQuery().processInstanceId(drill.processInstanceId()).withException().count())
        .as("no failed job").isZero();
    assertThat(MailServer.about(drill.number())).extracting(MailServer.Mail::subject)
        .contains("[" + drill.number() + "] DR drill report: partial");
    complete(drill, REVISE_PLAN, "rtoTargetMinutes", 90, "rpoTargetMinutes", 15,
        "runbookSteps", "Script the promotion\nSwitch the traffic", "revisionNotes", "Promotion scripted");

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
    DrPlans.Plan plan = plan(60, 15, "database");
    Drill drill = inWindow(plan, plan.current().systems().get(0));
    failover(drill, plan.current().systems().get(0), 90, 0, null);
    testRecovery(drill, plan.current().systems().get(0), true);
    complete(drill, EVALUATE, "evaluationSummary", "Slow");
    // 7 999 characters typed, but every quote doubles in the stored list
    String runbook = "\"".repeat(3000) + "\n" + "x".repeat(4998);
    Task revise = task(drill);
    assertThatThrownBy(() -> tasks.complete(revise.getId(), Map.of("rtoTargetMinutes", 60, "rpoTargetMinutes", 15,
        "runbookSteps", runbook, "revisionNotes", "Quotes")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("runbookSteps are too long");
    assertThat(task(drill).getTaskDefinitionKey()).isEqualTo(REVISE_PLAN);
  }

  // --- helpers --------------------------------------------------------------------------------

  private static String failover(Instant started, Instant recovered) {
    return "{\"variables\":{\"failoverStartedAt\":{\"value\":\"" + local(started) + "\"},"
        + "\"recoveredAt\":{\"value\":\"" + local(recovered) + "\"},\"dataLossMinutes\":{\"value\":0}}}";
  }

  record Drill(String processInstanceId, String number) {
  }

  private DrPlans.Plan plan(int rto, int rpo, String... systemTypes) {
    return scheduledPlan("P3M", rto, rpo, systemTypes);
  }

  private DrPlans.Plan scheduledPlan(String interval, int rto, int rpo, String... systemTypes) {
    DrPlans.Plan plan = fixtures.plan(rto, rpo, interval, systemTypes);
    created.add(plan);
    return plan;
  }

  private Drill request(DrPlans.Plan plan) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("planId", plan.current().id()));
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
    complete(drill, DRAFT_PLAN, "scenario", "Primary site lost on a weekday morning", "systems", systems,
        "participants", "dr-coordinator, ops-engineer, Ms Li (DBA)",
        "plannedWindowStart", local(now.plus(Duration.ofHours(1))), "plannedWindowEnd", local(now.plus(Duration.ofHours(5))));
  }

  private void approve(Drill drill, boolean approved, String notes) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("drillApproved", approved);
    variables.put("approvalNotes", notes);
    complete(drill, APPROVE_PLAN, variables);
  }

  private void openWindow(Drill drill) {
    Date opens = (Date) variable(drill, "windowOpensAt");
    ClockUtil.setCurrentTime(Date.from(opens.toInstant().plus(Duration.ofMinutes(1))));
    fireTimer(drill, WINDOW_OPENED);
  }

  /** Records a failover that began five minutes into the window and took the given minutes. */
  private void failover(Drill drill, String system, int minutes, int dataLoss, String issues) {
    Instant started = ((Date) variable(drill, "windowOpensAt")).toInstant().plus(Duration.ofMinutes(5));
    Map<String, Object> variables = new HashMap<>();
    variables.put("failoverStartedAt", local(started));
    variables.put("recoveredAt", local(started.plus(Duration.ofMinutes(minutes))));
    variables.put("dataLossMinutes", dataLoss);
    variables.put("issues", issues);
    atLeast(started.plus(Duration.ofMinutes(minutes + 1)));
    tasks.complete(failoverTask(drill, system).getId(), variables);
    Jobs.runDue(management, drill.processInstanceId());
  }

  private void testRecovery(Drill drill, String system, boolean passed) {
    Task test = systemTask(drill, TEST_RECOVERY, system);
    tasks.complete(test.getId(), Map.of("recoveryTestPassed", passed, "recoveryTestNotes", "Logins and orders checked"));
    Jobs.runDue(management, drill.processInstanceId());
  }

  private List<Task> failoverTasks(Drill drill) {
    return tasks.createTaskQuery().processInstanceId(drill.processInstanceId()).taskDefinitionKey(EXECUTE_FAILOVER).list();
  }

  private Task failoverTask(Drill drill, String system) {
    return systemTask(drill, EXECUTE_FAILOVER, system);
  }

  /** The task of one system's instance of "Recover each system". */
  private Task systemTask(Drill drill, String key, String system) {
    return tasks.createTaskQuery().processInstanceId(drill.processInstanceId()).taskDefinitionKey(key).list().stream()
        .filter(t -> system.equals(tasks.getVariable(t.getId(), "systemId"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " for " + system));
  }

  private void complete(Drill drill, String taskKey, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    complete(drill, taskKey, variables);
  }

  private void complete(Drill drill, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(drill.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management, drill.processInstanceId());
  }

  private Task task(Drill drill) {
    return tasks.createTaskQuery().processInstanceId(drill.processInstanceId()).singleResult();
  }

  private Object variable(Drill drill, String name) {
    return runtime.getVariable(drill.processInstanceId(), name);
  }

  private void fireTimer(Drill drill, String eventId) {
    Job timer = management.createJobQuery().processInstanceId(drill.processInstanceId()).timers().activityId(eventId)
        .singleResult();
    assertThat(timer).as("timer " + eventId).isNotNull();
    assertThat(timer.getDuedate()).as("due by now").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    management.executeJob(timer.getId());
    Jobs.runDue(management, drill.processInstanceId());
  }

  /** Moves the clock on to the instant, unless it is there already: recoveries are recorded afterwards. */
  private static void atLeast(Instant instant) {
    if (ClockUtil.getCurrentTime().toInstant().isBefore(instant)) {
      ClockUtil.setCurrentTime(Date.from(instant));
    }
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  private void assertEnded(Drill drill, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(drill.processInstanceId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(drill.processInstanceId())
        .activityId(endEventId).count()).isEqualTo(1);
  }

  private static JsonNode systemRow(JsonNode report, String system) {
    for (JsonNode row : report.get("systems")) {
      if (system.equals(row.get("systemId").asText())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + system + " in " + report);
  }

  /** A time as Tasklist's date-time field sends it: minutes and the operator's offset. */
  private static String local(Instant instant) {
    return OffsetDateTime.ofInstant(instant, OPERATOR_ZONE).withSecond(0).withNano(0).toString();
  }
}
