package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Jobs;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import io.opsflow.release.ReleaseIds;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RequirementDelivery, path by path, on the real application: rejected at assessment, scope sent
 * back (and not agreed), two development tasks in parallel with bugs back to the developer,
 * delivery test failure, the production release through release management (released, or rolled
 * back and released again), daily progress reminders, the overdue notice. Every flow node is reached.
 */
@OpsFlowTest
class RequirementDeliveryTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
  IdentityService identity;
  @Autowired
  RequirementRecords records;
  @Autowired
  ProcessEngine engine;
  @Autowired
  Cmdb cmdb;
  @Autowired
  IncidentIntake incidents;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void twoTasksAreDevelopedInParallelOneFailsItsTestTwiceAndTheRequirementIsDeliveredAndClosed() {
    Requirement requirement = raise("Export orders as CSV", "online-shop");
    assertThat(requirement.number()).matches("REQ-\\d{4}-\\d{6}");
    assertThat(records.find(requirement.number()).orElseThrow())
        .satisfies(r -> assertThat(r.systemCriticality()).as("online-shop is a highly critical CMDB service").isEqualTo("high"))
        .satisfies(r -> assertThat(r.priority()).as("medium urgency, a feature of a highly critical system").isEqualTo("P3"))
        .satisfies(r -> assertThat(r.requester()).isEqualTo("requester"));
    assertThat(candidates(task(requirement, ASSESS))).containsExactly("project-manager");

    assessAndPlan(requirement, """
        [{"name": "Export API", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Export button", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));

    Task api = progressTask(requirement, "developer");
    Task button = progressTask(requirement, "demo");
    assertThat(tasks.getVariable(api.getId(), "devTask")).isEqualTo("Export API");
    assertThat(tasks.getVariable(button.getId(), "devTask")).isEqualTo("Export button");

    report(requirement, "developer", 40, "Endpoint skeleton");
    assertThat(progressTask(requirement, "developer").getId()).as("under 100 %: the developer reports again").isNotEqualTo(api.getId());
    report(requirement, "developer", 100, "Done");
    report(requirement, "demo", 100, "Button in place");
    assertThat(testTask(requirement, "demo")).as("the API's tester tests it").isNotNull();
    assertThat(testTask(requirement, "tester")).as("the button's tester tests it").isNotNull();

    test(requirement, "tester", false, "Button missing on mobile", "major");
    Task fix = progressTask(requirement, "demo");
    assertThat(tasks.getVariable(fix.getId(), "openBug")).as("the developer sees the bug").isEqualTo("major: Button missing on mobile");
    assertThat(tasks.getVariable(fix.getId(), "devTask")).isEqualTo("Export button");
    test(requirement, "demo", true, null, null);
    report(requirement, "demo", 100, "Fixed for mobile");
    test(requirement, "tester", false, "CSV has no header", "minor");
    assertThat(tasks.getVariable(progressTask(requirement, "demo").getId(), "openBug")).isEqualTo("minor: CSV has no header");
    report(requirement, "demo", 100, "Header added");
    test(requirement, "tester", true, null, null);

    RequirementRecords.Requirement ticket = records.find(requirement.number()).orElseThrow();
    assertThat(ticket.tasks()).extracting(RequirementRecords.DevTask::name, RequirementRecords.DevTask::progress,
            RequirementRecords.DevTask::status, RequirementRecords.DevTask::testRounds)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Export API", 100, "TESTED", 1),
            org.assertj.core.groups.Tuple.tuple("Export button", 100, "TESTED", 3));
    assertThat(ticket.tasks().get(0).reports()).extracting(RequirementRecords.Progress::progress).containsExactly(40, 100);
    assertThat(ticket.tasks().get(1).bugs()).extracting(RequirementRecords.Bug::severity, b -> b.fixedAt() != null)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("major", true), org.assertj.core.groups.Tuple.tuple("minor", true));

    Task apply = task(requirement, APPLY_FOR_RELEASE);
    assertThat(apply.getAssignee()).isEqualTo("requester");
    assertThat(tasks.getVariable(apply.getId(), "finishedTasks")).isEqualTo(List.of("Export API", "Export button"));
    complete(requirement, APPLY_FOR_RELEASE, "releaseTasks", SpinValues.jsonValue("[\"Export API\", \"Export button\"]").create());
    complete(requirement, DEPLOY_TO_DELIVERY_TEST, "databaseChanges", "none", "backEndChanges", "order-export 1.4.0",
        "frontEndChanges", "shop-ui 2.8.1");
    complete(requirement, RUN_DELIVERY_TEST, "accepted", true, "findings", "All orders export");

    String release = release(requirement, false);
    assertThat(runtime.getVariable(release, "sourceNumber")).isEqualTo(requirement.number());
    assertThat(runtime.getVariable(release, "affectedCis")).isEqualTo(List.of("online-shop"));
    assertThat((String) runtime.getVariable(release, "releaseContents")).contains("order-export 1.4.0", "shop-ui 2.8.1");
    releaseReviewed(requirement, release);
    Task feedback = task(requirement, FEED_BACK_RELEASE_RESULT);
    assertThat(feedback.getAssignee()).isEqualTo("dev-lead");
    assertThat(tasks.getVariable(feedback.getId(), "releaseOutcome")).isEqualTo("released");
    complete(requirement, FEED_BACK_RELEASE_RESULT, "releaseFeedback", "Live at 22:10");
    complete(requirement, CONFIRM_ACCEPTANCE, "acceptanceNotes", "Thanks");
    assertThat(candidates(task(requirement, REVIEW))).containsExactly("process-owner");
    complete(requirement, REVIEW, "reviewEffect", "Finance exports by itself", "reviewProblems", "Two test rounds on mobile",
        "reviewImprovements", "Test on mobile before 100 %");

    ticket = records.find(requirement.number()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.reviewEffect()).isEqualTo("Finance exports by itself");
    assertThat(ticket.acceptanceNotes()).isEqualTo("Thanks");
    assertThat(ticket.releases()).singleElement().satisfies(r -> {
      assertThat(r.tasks()).containsExactly("Export API", "Export button");
      assertThat(r.backEndChanges()).isEqualTo("order-export 1.4.0");
      assertThat(r.deliveryAccepted()).isTrue();
      assertThat(r.releaseNumber()).matches("REL-\\d{4}-\\d{6}");
      assertThat(r.releaseOutcome()).isEqualTo("released");
    });
    assertThat(ticket.tasks()).extracting(RequirementRecords.DevTask::status).containsOnly("RELEASED");
    assertThat(records.phases(requirement.number())).containsSubsequence("REGISTERED", "PRIORITISED", "PLANNED",
        "READY_FOR_TEST", "BUG_RAISED", "TASK_TESTED", "DEPLOYED_TO_DELIVERY_TEST", "DELIVERY_TEST_PASSED", "RELEASED",
        "ARCHIVED");
    assertEnded(requirement, CLOSED);
  }

  @Test
  void aRequirementRejectedAtAssessmentTellsTheRequesterWhy() {
    Requirement requirement = raise("Rewrite the ERP in Rust", null);

    complete(requirement, ASSESS, "feasible", false, "rejectionReason", "Out of budget this year");

    assertThat(MailServer.about(requirement.number())).singleElement().satisfies(mail -> {
      assertThat(mail.to()).containsExactly("requester@opsflow.example");
      assertThat(mail.subject()).isEqualTo("[" + requirement.number() + "] Requirement rejected: Rewrite the ERP in Rust");
      assertThat(mail.body()).contains("Out of budget this year");
    });
    assertThat(records.find(requirement.number()).orElseThrow())
        .satisfies(r -> assertThat(r.status()).isEqualTo("REJECTED"))
        .satisfies(r -> assertThat(r.systemCriticality()).as("no system named").isEqualTo("unknown"));
    assertEnded(requirement, REJECTION_NOTIFIED);
  }

  @Test
  void theRequesterSendsTheScopeBackOnceAndTheProjectManagerSeesTheComments() {
    Requirement requirement = raise("Monthly SLA report", "crm");

    assess(requirement);
    complete(requirement, CONFIRM_SCOPE, "scopeConfirmed", false, "scopeComments", "Also weekly, please");

    Task reassess = task(requirement, ASSESS);
    assertThat(tasks.getVariable(reassess.getId(), "scopeComments")).isEqualTo("Also weekly, please");
    assess(requirement);
    complete(requirement, CONFIRM_SCOPE, "scopeConfirmed", true);

    assertThat(task(requirement, PLAN).getAssignee()).as("the dev lead the project manager named").isEqualTo("dev-lead");
    assertThat(records.phases(requirement.number())).contains("SCOPE_SENT_BACK");
  }

  @Test
  void aScopeSentBackASecondTimeClosesTheRequirementAsNotAgreed() {
    Requirement requirement = raise("Dark mode", null);
    assess(requirement);
    complete(requirement, CONFIRM_SCOPE, "scopeConfirmed", false, "scopeComments", "Too little");
    assess(requirement);

    complete(requirement, CONFIRM_SCOPE, "scopeConfirmed", false, "scopeComments", "Still too little");

    assertThat(records.find(requirement.number()).orElseThrow().status()).isEqualTo("REJECTED");
    assertThat(MailServer.about(requirement.number())).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("The assessed scope was not agreed: Still too little"));
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(requirement.processInstanceId())
        .activityId(SCOPE_NOT_AGREED).count()).isEqualTo(1);
    assertEnded(requirement, REJECTION_NOTIFIED);
  }

  @Test
  void aFailedDeliveryTestReturnsTheReleasedTasksToDevelopmentWithTheFindings() {
    Requirement requirement = raise("Invoice PDF", "crm");
    assessAndPlan(requirement, """
        [{"name": "PDF layout", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Mail PDF", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    developAndTest(requirement, "developer", "demo");
    developAndTest(requirement, "demo", "tester");
    complete(requirement, APPLY_FOR_RELEASE, "releaseTasks", List.of("PDF layout"));
    complete(requirement, DEPLOY_TO_DELIVERY_TEST, "frontEndChanges", "invoice-ui 1.2");

    complete(requirement, RUN_DELIVERY_TEST, "accepted", false, "findings", "Totals are cut off");

    Task again = progressTask(requirement, "developer");
    assertThat(again).as("only the released task returns").isNotNull();
    assertThat(progressTask(requirement, "demo")).isNull();
    assertThat(tasks.getVariable(again.getId(), "devTask")).isEqualTo("PDF layout");
    assertThat(tasks.getVariable(again.getId(), "returnReason")).isEqualTo("Delivery test failed: Totals are cut off");
    assertThat(records.find(requirement.number()).orElseThrow().tasks())
        .extracting(RequirementRecords.DevTask::name, RequirementRecords.DevTask::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PDF layout", "IN_DEVELOPMENT"),
            org.assertj.core.groups.Tuple.tuple("Mail PDF", "TESTED"));

    developAndTest(requirement, "developer", "demo");
    assertThat(tasks.getVariable(task(requirement, APPLY_FOR_RELEASE).getId(), "finishedTasks"))
        .as("the next application offers every tested task").isEqualTo(List.of("PDF layout", "Mail PDF"));
    assertThat(records.find(requirement.number()).orElseThrow().releases()).singleElement()
        .satisfies(r -> assertThat(r.findings()).isEqualTo("Totals are cut off"))
        .satisfies(r -> assertThat(r.deliveryAccepted()).isFalse());
  }

  @Test
  void aRolledBackReleaseReturnsTheTasksToDevelopmentAndTheNextAttemptIsReleased() {
    String system = "req-app-" + UUID.randomUUID().toString().substring(0, 8);
    cmdb.create(system, new Cmdb.Fields("Requirement test application", "application", null, "medium", "production", null),
        new Cmdb.Author("test", null));
    Requirement requirement = raise("Faster checkout", system);
    assessAndPlan(requirement, """
        [{"name": "One-page checkout", "developer": "developer", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    developTestAndDeliver(requirement, "One-page checkout");

    String first = release(requirement, true);
    IncidentIntake.Opened incident = incidents.open(new IncidentRequest("Checkout errors", null, null, null, null, system, null));
    Jobs.runDue(management, incident.processInstanceId());
    steps.complete(first, ReleaseIds.DECIDE_ON_ROLLBACK, "rollBack", true);
    steps.complete(first, ReleaseIds.ROLL_BACK, "rollbackNotes", "Previous version redeployed");
    releaseReviewed(requirement, first);
    assertThat(tasks.getVariable(task(requirement, FEED_BACK_RELEASE_RESULT).getId(), "releaseOutcome")).isEqualTo("rolled-back");
    assertThatThrownBy(() -> tasks.complete(task(requirement, FEED_BACK_RELEASE_RESULT).getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("releaseFeedback is required");
    complete(requirement, FEED_BACK_RELEASE_RESULT, "releaseFeedback", "Checkout fails under load");

    Task again = progressTask(requirement, "developer");
    String firstNumber = (String) runtime.getVariable(requirement.processInstanceId(), "releaseNumber");
    assertThat(tasks.getVariable(again.getId(), "returnReason"))
        .isEqualTo("Release " + firstNumber + " was rolled back: Checkout fails under load");
    developTestAndDeliver(requirement, "One-page checkout");
    String second = release(requirement, false);
    releaseReviewed(requirement, second);
    complete(requirement, FEED_BACK_RELEASE_RESULT, "releaseFeedback", "Live, load test passed");

    assertThat(task(requirement, CONFIRM_ACCEPTANCE).getAssignee()).isEqualTo("requester");
    assertThat(records.find(requirement.number()).orElseThrow().releases())
        .extracting(RequirementRecords.Release::attempt, RequirementRecords.Release::releaseOutcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "rolled-back"), org.assertj.core.groups.Tuple.tuple(2, "released"));
    assertThat(records.phases(requirement.number())).containsSubsequence("RELEASE_ROLLED_BACK", "RETURNED_TO_DEVELOPMENT",
        "RELEASED");
  }

  @Test
  void twoTestersWhoPassTheirTasksAtTheSameMomentBothSucceed() throws Exception {
    Requirement requirement = raise("Bulk price update", null);
    assessAndPlan(requirement, """
        [{"name": "Price import", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Price preview", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    report(requirement, "developer", 100, "Done");
    report(requirement, "demo", 100, "Done");
    List<Task> testTasks = List.of(testTask(requirement, "tester"), testTask(requirement, "demo"));

    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(testTasks.size());
    java.util.concurrent.ExecutorService testers = java.util.concurrent.Executors.newFixedThreadPool(testTasks.size());
    try {
      List<java.util.concurrent.Future<?>> answers = testTasks.stream().<java.util.concurrent.Future<?>>map(task ->
          testers.submit(() -> {
            together.await();
            tasks.complete(task.getId(), Map.of("testPassed", true, "testNotes", "Checked"));
            return null;
          })).toList();
      for (java.util.concurrent.Future<?> answer : answers) {
        answer.get(); // a tester who lost a race on the shared parent would see an OptimisticLockingException here
      }
    } finally {
      testers.shutdownNow();
    }
    Jobs.runDue(management, requirement.processInstanceId());

    assertThat(task(requirement, APPLY_FOR_RELEASE)).as("both branches ended: the requester applies for release").isNotNull();
    assertThat(records.find(requirement.number()).orElseThrow().tasks()).extracting(RequirementRecords.DevTask::status)
        .containsOnly("TESTED");
  }

  @Test
  void aDeveloperIsRemindedEveryDayTheProgressReportIsMissing() {
    Requirement requirement = raise("Password reset by SMS", null);
    assessAndPlan(requirement, """
        [{"name": "SMS gateway", "developer": "developer", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    Task report = progressTask(requirement, "developer");
    assertThat(steps.timerDue(requirement.processInstanceId(), DAILY_PROGRESS_DUE).toInstant())
        .as("a task under way since March: a day after the plan").isCloseTo(ClockUtil.getCurrentTime().toInstant()
            .plus(Duration.ofDays(1)), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));

    moveClock(Duration.ofDays(1).plusMinutes(1));
    fireTimer(requirement, DAILY_PROGRESS_DUE);
    moveClock(Duration.ofDays(1));
    fireTimer(requirement, DAILY_PROGRESS_DUE);

    assertThat(MailServer.about(requirement.number())).extracting(MailServer.Mail::subject, m -> m.to().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("[" + requirement.number() + "] Progress report due: SMS gateway", "developer@opsflow.example"),
            org.assertj.core.groups.Tuple.tuple("[" + requirement.number() + "] Progress report due: SMS gateway", "developer@opsflow.example"));
    assertThat(progressTask(requirement, "developer").getId()).as("the report stays open").isEqualTo(report.getId());
  }

  @Test
  void aTaskPlannedToStartNextWeekIsNotChasedBeforeItsStartDayEnds() {
    Requirement requirement = raise("Loyalty points", null);
    LocalDate start = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).plusDays(7);
    assessAndPlan(requirement, """
        [{"name": "Points ledger", "developer": "developer", "tester": "tester", "start": "%s", "end": "%s"}]"""
        .formatted(start, start.plusDays(4)));

    assertThat(steps.timerDue(requirement.processInstanceId(), DAILY_PROGRESS_DUE).toInstant())
        .as("the first reminder when the start day is over")
        .isEqualTo(start.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  @Test
  void aRequirementPastItsExpectedDateTellsTheProjectManagersAndTheRequesterOnce() {
    Requirement requirement = raise("Archive old tickets", null);
    assess(requirement);

    moveClock(Duration.ofDays(31));
    fireTimer(requirement, OVERDUE);

    assertThat(MailServer.about(requirement.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("[" + requirement.number() + "] Requirement overdue: Archive old tickets");
      assertThat(mail.to()).contains("project-manager@opsflow.example", "requester@opsflow.example");
      assertThat(mail.body()).contains("ASSESSING");
    });
    assertThat(task(requirement, CONFIRM_SCOPE)).as("the delivery goes on").isNotNull();
    assertThat(management.createJobQuery().processInstanceId(requirement.processInstanceId()).timers()
        .activityId(OVERDUE).count()).isZero();
  }

  @Test
  void aRequirementNeedsAnExpectedDateInTheFutureAndKnownValues() {
    identity.setAuthentication("requester", List.of("requester"));
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("title", "x", "content", "y",
          "expectedDate", LocalDate.now(ZONE).toString())))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("expectedDate must be in the future");
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("title", "x", "content", "y",
          "expectedDate", inDays(5), "requirementType", "wish")))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("requirementType must be one of");
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("title", "x", "expectedDate", inDays(5))))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("content is required");
    } finally {
      identity.clearAuthentication();
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  record Requirement(String processInstanceId, String number) {
  }

  private Requirement raise(String title, String system) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("title", title);
    variables.put("content", "As a user I want: " + title);
    variables.put("urgency", "medium");
    variables.put("requirementType", "feature");
    variables.put("expectedDate", inDays(30));
    if (system != null) {
      variables.put("system", system);
    }
    identity.setAuthentication("requester", List.of("requester"));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey(PROCESS, variables);
    } finally {
      identity.clearAuthentication();
    }
    coverage.track(instance.getId());
    return new Requirement(instance.getId(), (String) runtime.getVariable(instance.getId(), "requirementNumber"));
  }

  static String inDays(int days) {
    return LocalDate.now(ZONE).plusDays(days).toString();
  }

  private void assess(Requirement requirement) {
    complete(requirement, ASSESS, "feasible", true, "feasibility", "Feasible with the current stack",
        "breakdown", "Back end, front end", "effortDays", 8, "overallPlan", "Two sprints", "targetDate", inDays(25),
        "devLead", "dev-lead");
  }

  private void assessAndPlan(Requirement requirement, String devTasks) {
    assess(requirement);
    complete(requirement, CONFIRM_SCOPE, "scopeConfirmed", true);
    complete(requirement, PLAN, "devTasks", SpinValues.jsonValue(devTasks).create());
  }

  private void developAndTest(Requirement requirement, String developer, String tester) {
    report(requirement, developer, 100, "Done");
    test(requirement, tester, true, null, null);
  }

  private void developTestAndDeliver(Requirement requirement, String taskName) {
    developAndTest(requirement, "developer", "tester");
    complete(requirement, APPLY_FOR_RELEASE, "releaseTasks", List.of(taskName));
    complete(requirement, DEPLOY_TO_DELIVERY_TEST, "backEndChanges", "checkout 3.0");
    complete(requirement, RUN_DELIVERY_TEST, "accepted", true);
  }

  /**
   * Drives the called release up to its review, as release management's people do: planned,
   * prepared by the dev leads (the release team the requirement names), tested and deployed; then
   * either watched without incident, or left at the rollback decision for the caller to drive.
   */
  private String release(Requirement requirement, boolean incidentExpected) {
    ProcessInstance release = runtime.createProcessInstanceQuery().superProcessInstanceId(requirement.processInstanceId())
        .singleResult();
    assertThat(release).as("the production release is called").isNotNull();
    assertThat(release.getProcessDefinitionId()).startsWith(ReleaseIds.PROCESS + ":");
    String id = release.getId();
    steps.complete(id, ReleaseIds.PLAN, "version", "1.0", "plannedDeployment", "2026-12-05T22:00+08:00",
        "watchPeriod", "PT1H", "rollbackPlan", "Redeploy the previous version");
    assertThat(steps.candidateGroups(steps.task(id, ReleaseIds.PREPARE))).containsExactly("dev-lead");
    steps.complete(id, ReleaseIds.PREPARE, "buildNotes", "Built");
    steps.complete(id, ReleaseIds.TEST, "testPassed", true);
    steps.complete(id, ReleaseIds.DEPLOY, "deploymentNotes", "Live");
    if (!incidentExpected) {
      moveClock(Duration.ofHours(1).plusMinutes(1));
      steps.fireTimer(id, ReleaseIds.WATCH_PASSED);
    }
    return id;
  }

  private void releaseReviewed(Requirement requirement, String release) {
    steps.complete(release, ReleaseIds.REVIEW, "reviewSummary", "Reviewed");
    steps.runJobs(release);
    Jobs.runDue(management, requirement.processInstanceId());
  }

  private void report(Requirement requirement, String developer, int progress, String note) {
    Task task = progressTask(requirement, developer);
    assertThat(task).as(developer + " reports progress").isNotNull();
    completeTask(requirement, task, "progress", progress, "progressNote", note);
  }

  private void test(Requirement requirement, String tester, boolean passed, String bug, String severity) {
    Task task = testTask(requirement, tester);
    assertThat(task).as(tester + " tests").isNotNull();
    if (passed) {
      completeTask(requirement, task, "testPassed", true, "testNotes", "Checked");
    } else {
      completeTask(requirement, task, "testPassed", false, "bugDescription", bug, "bugSeverity", severity);
    }
  }

  private Task progressTask(Requirement requirement, String developer) {
    return tasks.createTaskQuery().processInstanceId(requirement.processInstanceId()).taskDefinitionKey(REPORT_PROGRESS)
        .taskAssignee(developer).singleResult();
  }

  private Task testTask(Requirement requirement, String tester) {
    return tasks.createTaskQuery().processInstanceId(requirement.processInstanceId()).taskDefinitionKey(TEST_TASK)
        .taskAssignee(tester).singleResult();
  }

  private Task task(Requirement requirement, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(requirement.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private void complete(Requirement requirement, String taskKey, Object... keysAndValues) {
    Task task = task(requirement, taskKey);
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    completeTask(requirement, task, keysAndValues);
  }

  private void completeTask(Requirement requirement, Task task, Object... keysAndValues) {
    tasks.complete(task.getId(), ProcessSteps.vars(keysAndValues));
    steps.runJobs(requirement.processInstanceId());
  }

  private List<String> candidates(Task task) {
    return steps.candidateGroups(task);
  }

  private void moveClock(Duration by) {
    ProcessSteps.moveClock(by);
  }

  private void fireTimer(Requirement requirement, String eventId) {
    steps.fireTimer(requirement.processInstanceId(), eventId);
  }

  private void assertEnded(Requirement requirement, String endEventId) {
    assertThat(steps.endedAt(requirement.processInstanceId(), endEventId)).as("ended at " + endEventId).isTrue();
  }
}
