package io.opsflow.requirement;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.requirement.RequirementIds.*;
import static io.opsflow.requirement.RequirementSteps.ZONE;
import static io.opsflow.requirement.RequirementSteps.inDays;
import static io.opsflow.requirement.RequirementVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import io.opsflow.release.ReleaseIds;
import io.opsflow.release.ReleaseVariables;
import io.opsflow.requirement.RequirementSteps.Requirement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RequirementDelivery, path by path, on the real application: rejected at assessment, scope sent
 * back (and not agreed), two development tasks in parallel with bugs back to the developer,
 * delivery test failure, the production release through release management (released, or rolled
 * back and released again), daily progress reminders, the overdue notice. Every flow node is reached.
 */
@OpsFlowTest
class RequirementDeliveryTest {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  ProcessEngine engine;
  @Autowired
  RequirementRecords records;
  @Autowired
  Cmdb cmdb;
  @Autowired
  IncidentIntake incidents;

  RequirementSteps people;
  ProcessSteps steps;
  TaskService tasks;

  @BeforeEach
  void steps() {
    people = new RequirementSteps(engine);
    steps = people.steps;
    tasks = engine.getTaskService();
  }

  @Test
  void twoTasksAreDevelopedInParallelOneFailsItsTestTwiceAndTheRequirementIsDeliveredAndClosed() {
    Requirement requirement = raise("Export orders as CSV", "online-shop");
    assertThat(requirement.number()).matches("REQ-\\d{4}-\\d{6}");
    assertThat(records.find(requirement.number()).orElseThrow())
        .satisfies(r -> assertThat(r.systemCriticality()).as("online-shop is a highly critical CMDB service").isEqualTo("high"))
        .satisfies(r -> assertThat(r.priority()).as("medium urgency, a feature of a highly critical system").isEqualTo("P3"))
        .satisfies(r -> assertThat(r.requester()).isEqualTo("requester"));
    assertThat(steps.candidateGroups(people.task(requirement, ASSESS))).containsExactly("project-manager");

    people.assessAndPlan(requirement, """
        [{"name": "Export API", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Export button", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));

    Task api = people.progressTask(requirement, "developer");
    Task button = people.progressTask(requirement, "demo");
    assertThat(people.variable(api, DEV_TASK)).isEqualTo("Export API");
    assertThat(people.variable(button, DEV_TASK)).isEqualTo("Export button");

    people.report(requirement, "developer", 40, "Endpoint skeleton");
    assertThat(people.progressTask(requirement, "developer").getId()).as("under 100 %: the developer reports again").isNotEqualTo(api.getId());
    people.report(requirement, "developer", 100, "Done");
    people.report(requirement, "demo", 100, "Button in place");
    assertThat(people.testTask(requirement, "demo")).as("the API's tester tests it").isNotNull();
    assertThat(people.testTask(requirement, "tester")).as("the button's tester tests it").isNotNull();

    people.test(requirement, "tester", false, "Button missing on mobile", "major");
    Task fix = people.progressTask(requirement, "demo");
    assertThat(people.variable(fix, OPEN_BUG)).as("the developer sees the bug").isEqualTo("major: Button missing on mobile");
    assertThat(people.variable(fix, DEV_TASK)).isEqualTo("Export button");
    people.test(requirement, "demo", true, null, null);
    people.report(requirement, "demo", 100, "Fixed for mobile");
    people.test(requirement, "tester", false, "CSV has no header", "minor");
    assertThat(people.variable(people.progressTask(requirement, "demo"), OPEN_BUG)).isEqualTo("minor: CSV has no header");
    people.report(requirement, "demo", 100, "Header added");
    people.test(requirement, "tester", true, null, null);

    RequirementRecords.Requirement ticket = records.find(requirement.number()).orElseThrow();
    assertThat(ticket.tasks()).extracting(RequirementRecords.DevTask::name, RequirementRecords.DevTask::progress,
            RequirementRecords.DevTask::status, RequirementRecords.DevTask::testRounds)
        .containsExactly(tuple("Export API", 100, "TESTED", 1),
            tuple("Export button", 100, "TESTED", 3));
    assertThat(ticket.tasks().get(0).reports()).extracting(RequirementRecords.Progress::progress).containsExactly(40, 100);
    assertThat(ticket.tasks().get(1).bugs()).extracting(RequirementRecords.Bug::severity, b -> b.fixedAt() != null)
        .containsExactly(tuple("major", true), tuple("minor", true));

    Task apply = people.task(requirement, APPLY_FOR_RELEASE);
    assertThat(apply.getAssignee()).isEqualTo("requester");
    assertThat(people.variable(apply, FINISHED_TASKS)).isEqualTo(List.of("Export API", "Export button"));
    people.complete(requirement, APPLY_FOR_RELEASE, RELEASE_TASKS, SpinValues.jsonValue("[\"Export API\", \"Export button\"]").create());
    people.complete(requirement, DEPLOY_TO_DELIVERY_TEST, DATABASE_CHANGES, "none", BACK_END_CHANGES, "order-export 1.4.0",
        FRONT_END_CHANGES, "shop-ui 2.8.1");
    people.complete(requirement, RUN_DELIVERY_TEST, ACCEPTED, true, FINDINGS, "All orders export");

    String release = people.release(requirement, false);
    assertThat(steps.variable(release, "sourceNumber")).isEqualTo(requirement.number());
    assertThat(steps.variable(release, AFFECTED_CIS)).isEqualTo(List.of("online-shop"));
    assertThat(steps.variable(release, RELEASE_CONTENTS)).contains("order-export 1.4.0", "shop-ui 2.8.1");
    people.releaseReviewed(requirement, release);
    Task feedback = people.task(requirement, FEED_BACK_RELEASE_RESULT);
    assertThat(feedback.getAssignee()).isEqualTo("dev-lead");
    assertThat(people.variable(feedback, RELEASE_OUTCOME)).isEqualTo("released");
    people.complete(requirement, FEED_BACK_RELEASE_RESULT, RELEASE_FEEDBACK, "Live at 22:10");
    assertThat(steps.waitingAt(requirement.processInstanceId())).as("the acceptance test comes before the requester's word")
        .containsExactly(ORGANISE_ACCEPTANCE_TEST);
    assertThat(steps.candidateGroups(people.task(requirement, ORGANISE_ACCEPTANCE_TEST))).containsExactly("requirements-admin");
    assertThatThrownBy(() -> people.complete(requirement, ORGANISE_ACCEPTANCE_TEST, ACCEPTANCE_TEST_PARTICIPANTS, "requester"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("acceptanceTestResult is required");
    people.acceptanceTested(requirement);
    assertThat(people.variable(people.task(requirement, CONFIRM_ACCEPTANCE), ACCEPTANCE_TEST_RESULT))
        .as("the requester reads the result the administrator fed back").isEqualTo("Works as asked in production; fully met");
    people.complete(requirement, CONFIRM_ACCEPTANCE, ACCEPTANCE_NOTES, "Thanks");

    ticket = records.find(requirement.number()).orElseThrow();
    assertThat(ticket.status()).as("archived first (需求归档), evaluated next").isEqualTo("ARCHIVED");
    assertThat(ticket.acceptanceNotes()).isEqualTo("Thanks");
    assertThat(ticket.acceptanceTestParticipants()).isEqualTo("requester, requirements-admin");
    assertThat(ticket.acceptanceTestResult()).isEqualTo("Works as asked in production; fully met");
    assertThat(ticket.technicalDesign()).isEqualTo("REST endpoint behind the gateway; no schema change");
    assertThat(ticket.deliveredAt()).isNotNull();
    assertThat(ticket.reviewEffect()).isNull();
    assertThat(ticket.closedAt()).as("open until its evaluation").isNull();
    assertThat(steps.waitingAt(requirement.processInstanceId())).containsExactly(REVIEW);
    assertThat(steps.candidateGroups(people.task(requirement, REVIEW))).containsExactly("process-owner");
    people.complete(requirement, REVIEW, REVIEW_EFFECT, "Finance exports by itself", REVIEW_PROBLEMS, "Two test rounds on mobile",
        REVIEW_IMPROVEMENTS, "Test on mobile before 100 %");

    ticket = records.find(requirement.number()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.closedAt()).isNotNull();
    assertThat(ticket.reviewEffect()).isEqualTo("Finance exports by itself");
    assertThat(ticket.reviewImprovements()).isEqualTo("Test on mobile before 100 %");
    assertThat(ticket.acceptanceNotes()).isEqualTo("Thanks");
    assertThat(lastSteps(requirement)).as("acceptance-tested, accepted, archived, then evaluated, then closed")
        .containsExactly(ORGANISE_ACCEPTANCE_TEST, CONFIRM_ACCEPTANCE, ARCHIVE, REVIEW, CLOSE, CLOSED);
    assertThat(ticket.releases()).singleElement().satisfies(r -> {
      assertThat(r.tasks()).containsExactly("Export API", "Export button");
      assertThat(r.backEndChanges()).isEqualTo("order-export 1.4.0");
      assertThat(r.deliveryAccepted()).isTrue();
      assertThat(r.releaseNumber()).matches("REL-\\d{4}-\\d{6}");
      assertThat(r.releaseOutcome()).isEqualTo("released");
    });
    assertThat(ticket.tasks()).extracting(RequirementRecords.DevTask::status).containsOnly("RELEASED");
    assertThat(records.phases(requirement.number())).containsSubsequence("REGISTERED", "SCREENED", "PRIORITISED",
        "TECHNICALLY_DESIGNED", "PLANNED",
        "READY_FOR_TEST", "BUG_RAISED", "TASK_TESTED", "DEPLOYED_TO_DELIVERY_TEST", "DELIVERY_TEST_PASSED", "RELEASED",
        "ARCHIVED", "REVIEWED");
    people.assertEnded(requirement, CLOSED);
  }

  /** The steps from acceptance to the end, in the order the requirement went through them. */
  private List<String> lastSteps(Requirement requirement) {
    List<String> last = List.of(ORGANISE_ACCEPTANCE_TEST, CONFIRM_ACCEPTANCE, ARCHIVE, REVIEW, CLOSE, CLOSED);
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(requirement.processInstanceId())
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricActivityInstance::getActivityId).filter(last::contains).toList();
  }

  @Test
  void theRequirementsAdministratorScreensANewRequirementAndCorrectsTheProposedPriorityWithAReason() {
    Requirement requirement = people.register("Payroll export for the auditors", "online-shop");
    coverage.track(requirement.processInstanceId());
    Task screen = people.task(requirement, SCREEN);
    assertThat(steps.candidateGroups(screen)).containsExactly("requirements-admin");
    assertThat(people.variable(screen, PRIORITY)).as("the decision proposes").isEqualTo("P3");
    assertThat(records.find(requirement.number()).orElseThrow().status()).isEqualTo("REGISTERED");

    assertThatThrownBy(() -> people.complete(requirement, SCREEN, PRIORITY_CONFIRMED, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("correctedPriority is required");
    assertThatThrownBy(() -> people.complete(requirement, SCREEN, PRIORITY_CONFIRMED, false, CORRECTED_PRIORITY, "P1"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("screeningNote is required");
    people.complete(requirement, SCREEN, PRIORITY_CONFIRMED, false, CORRECTED_PRIORITY, "P1",
        SCREENING_NOTE, "The audit deadline is statutory");

    assertThat(records.find(requirement.number()).orElseThrow())
        .satisfies(r -> assertThat(r.priority()).as("the administrator's correction").isEqualTo("P1"))
        .satisfies(r -> assertThat(r.status()).isEqualTo("ASSESSING"));
    assertThat(records.phases(requirement.number())).containsSubsequence("REGISTERED", "SCREENED", "PRIORITISED");
    assertThat(steps.variable(requirement.processInstanceId(), PRIORITY)).isEqualTo("P1");
    assertThat(steps.waitingAt(requirement.processInstanceId())).containsExactly(ASSESS);
  }

  @Test
  void theDevLeadDesignsTheConfirmedScopeBeforePlanningAndThePlanShowsTheDesign() {
    Requirement requirement = raise("Single sign-on for the portal", null);
    people.assessAndConfirm(requirement);

    assertThat(steps.waitingAt(requirement.processInstanceId())).as("technical design before the plan")
        .containsExactly(DESIGN);
    assertThat(people.task(requirement, DESIGN).getAssignee()).isEqualTo("dev-lead");
    assertThat(steps.candidateGroups(people.task(requirement, DESIGN))).containsExactly("dev-lead");
    assertThatThrownBy(() -> people.complete(requirement, DESIGN))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("technicalDesign is required");
    people.complete(requirement, DESIGN, TECHNICAL_DESIGN, "OIDC against the corporate IdP; session in the gateway");

    Task plan = people.task(requirement, PLAN);
    assertThat(people.variable(plan, TECHNICAL_DESIGN)).isEqualTo("OIDC against the corporate IdP; session in the gateway");
    people.complete(requirement, PLAN, DEV_TASKS, SpinValues.jsonValue("""
        [{"name": "OIDC login", "developer": "developer", "tester": "tester", "start": "2026-03-02", "end": "%s"}]"""
        .formatted(inDays(40))).create());
    assertThat(records.find(requirement.number()).orElseThrow().technicalDesign())
        .isEqualTo("OIDC against the corporate IdP; session in the gateway");
    assertThat(records.phases(requirement.number())).containsSubsequence("TECHNICALLY_DESIGNED", "PLANNED");
  }

  @Test
  void aRequirementRejectedAtAssessmentTellsTheRequesterWhy() {
    Requirement requirement = raise("Rewrite the ERP in Rust", null);

    people.complete(requirement, ASSESS, FEASIBLE, false, REJECTION_REASON, "Out of budget this year");

    assertThat(MailServer.about(requirement.number())).singleElement().satisfies(mail -> {
      assertThat(mail.to()).containsExactly("requester@opsflow.example");
      assertThat(mail.subject()).isEqualTo("[" + requirement.number() + "] Requirement rejected: Rewrite the ERP in Rust");
      assertThat(mail.body()).contains("Out of budget this year");
    });
    assertThat(records.find(requirement.number()).orElseThrow())
        .satisfies(r -> assertThat(r.status()).isEqualTo("REJECTED"))
        .satisfies(r -> assertThat(r.systemCriticality()).as("no system named").isEqualTo("unknown"));
    people.assertEnded(requirement, REJECTION_NOTIFIED);
  }

  @Test
  void theRequesterSendsTheScopeBackOnceAndTheProjectManagerSeesTheComments() {
    Requirement requirement = raise("Monthly SLA report", "crm");

    people.assess(requirement);
    people.complete(requirement, CONFIRM_SCOPE, SCOPE_CONFIRMED, false, SCOPE_COMMENTS, "Also weekly, please");

    Task reassess = people.task(requirement, ASSESS);
    assertThat(people.variable(reassess, SCOPE_COMMENTS)).isEqualTo("Also weekly, please");
    people.assess(requirement);
    people.complete(requirement, CONFIRM_SCOPE, SCOPE_CONFIRMED, true);

    assertThat(people.task(requirement, DESIGN).getAssignee()).as("the dev lead the project manager named designs it")
        .isEqualTo("dev-lead");
    assertThat(records.phases(requirement.number())).contains("SCOPE_SENT_BACK");
  }

  @Test
  void aScopeSentBackASecondTimeClosesTheRequirementAsNotAgreed() {
    Requirement requirement = raise("Dark mode", null);
    people.assess(requirement);
    people.complete(requirement, CONFIRM_SCOPE, SCOPE_CONFIRMED, false, SCOPE_COMMENTS, "Too little");
    people.assess(requirement);

    people.complete(requirement, CONFIRM_SCOPE, SCOPE_CONFIRMED, false, SCOPE_COMMENTS, "Still too little");

    assertThat(records.find(requirement.number()).orElseThrow().status()).isEqualTo("REJECTED");
    assertThat(MailServer.about(requirement.number())).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains("The assessed scope was not agreed: Still too little"));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(requirement.processInstanceId())
        .activityId(SCOPE_NOT_AGREED).count()).isEqualTo(1);
    people.assertEnded(requirement, REJECTION_NOTIFIED);
  }

  @Test
  void aFailedDeliveryTestReturnsTheReleasedTasksToDevelopmentWithTheFindings() {
    Requirement requirement = raise("Invoice PDF", "crm");
    people.assessAndPlan(requirement, """
        [{"name": "PDF layout", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Mail PDF", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    people.developAndTest(requirement, "developer", "demo");
    people.developAndTest(requirement, "demo", "tester");
    people.complete(requirement, APPLY_FOR_RELEASE, RELEASE_TASKS, List.of("PDF layout"));
    people.complete(requirement, DEPLOY_TO_DELIVERY_TEST, FRONT_END_CHANGES, "invoice-ui 1.2");

    people.complete(requirement, RUN_DELIVERY_TEST, ACCEPTED, false, FINDINGS, "Totals are cut off");

    Task again = people.progressTask(requirement, "developer");
    assertThat(again).as("only the released task returns").isNotNull();
    assertThat(people.progressTask(requirement, "demo")).isNull();
    assertThat(people.variable(again, DEV_TASK)).isEqualTo("PDF layout");
    assertThat(people.variable(again, RETURN_REASON)).isEqualTo("Delivery test failed: Totals are cut off");
    assertThat(records.find(requirement.number()).orElseThrow().tasks())
        .extracting(RequirementRecords.DevTask::name, RequirementRecords.DevTask::status)
        .containsExactly(tuple("PDF layout", "IN_DEVELOPMENT"),
            tuple("Mail PDF", "TESTED"));

    people.developAndTest(requirement, "developer", "demo");
    assertThat(people.variable(people.task(requirement, APPLY_FOR_RELEASE), FINISHED_TASKS))
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
    people.assessAndPlan(requirement, """
        [{"name": "One-page checkout", "developer": "developer", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    developTestAndDeliver(requirement, "One-page checkout");

    String first = people.release(requirement, true);
    IncidentIntake.Opened incident = incidents.open(new IncidentRequest("Checkout errors", null, null, null, null, system, null));
    steps.runJobs(incident.processInstanceId());
    steps.complete(first, ReleaseIds.DECIDE_ON_ROLLBACK, ReleaseVariables.ROLL_BACK, true);
    steps.complete(first, ReleaseIds.ROLL_BACK, ReleaseVariables.ROLLBACK_NOTES, "Previous version redeployed");
    people.releaseReviewed(requirement, first);
    assertThat(people.variable(people.task(requirement, FEED_BACK_RELEASE_RESULT), RELEASE_OUTCOME)).isEqualTo("rolled-back");
    assertThatThrownBy(() -> tasks.complete(people.task(requirement, FEED_BACK_RELEASE_RESULT).getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("releaseFeedback is required");
    people.complete(requirement, FEED_BACK_RELEASE_RESULT, RELEASE_FEEDBACK, "Checkout fails under load");

    Task again = people.progressTask(requirement, "developer");
    String firstNumber = steps.variable(requirement.processInstanceId(), RELEASE_NUMBER);
    assertThat(people.variable(again, RETURN_REASON))
        .isEqualTo("Release " + firstNumber + " was rolled back: Checkout fails under load");
    developTestAndDeliver(requirement, "One-page checkout");
    String second = people.release(requirement, false);
    people.releaseReviewed(requirement, second);
    people.complete(requirement, FEED_BACK_RELEASE_RESULT, RELEASE_FEEDBACK, "Live, load test passed");

    assertThat(steps.candidateGroups(people.task(requirement, ORGANISE_ACCEPTANCE_TEST))).as("released: the acceptance test")
        .containsExactly("requirements-admin");
    assertThat(records.find(requirement.number()).orElseThrow().releases())
        .extracting(RequirementRecords.Release::attempt, RequirementRecords.Release::releaseOutcome)
        .containsExactly(tuple(1, "rolled-back"), tuple(2, "released"));
    assertThat(records.phases(requirement.number())).containsSubsequence("RELEASE_ROLLED_BACK", "RETURNED_TO_DEVELOPMENT",
        "RELEASED");
  }

  @Test
  void twoTestersWhoPassTheirTasksAtTheSameMomentBothSucceed() throws Exception {
    Requirement requirement = raise("Bulk price update", null);
    people.assessAndPlan(requirement, """
        [{"name": "Price import", "developer": "developer", "tester": "demo", "start": "2026-03-02", "end": "%1$s"},
         {"name": "Price preview", "developer": "demo", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    people.report(requirement, "developer", 100, "Done");
    people.report(requirement, "demo", 100, "Done");
    List<Task> testTasks = List.of(people.testTask(requirement, "tester"), people.testTask(requirement, "demo"));

    CyclicBarrier together = new CyclicBarrier(testTasks.size());
    ExecutorService testers = Executors.newFixedThreadPool(testTasks.size());
    try {
      List<Future<?>> answers = testTasks.stream().<Future<?>>map(task ->
          testers.submit(() -> {
            together.await();
            tasks.complete(task.getId(), ProcessSteps.vars(TEST_PASSED, true, TEST_NOTES, "Checked"));
            return null;
          })).toList();
      for (Future<?> answer : answers) {
        answer.get(); // a tester who lost a race on the shared parent would see an OptimisticLockingException here
      }
    } finally {
      testers.shutdownNow();
    }
    steps.runJobs(requirement.processInstanceId());

    assertThat(people.task(requirement, APPLY_FOR_RELEASE)).as("both branches ended: the requester applies for release").isNotNull();
    assertThat(records.find(requirement.number()).orElseThrow().tasks()).extracting(RequirementRecords.DevTask::status)
        .containsOnly("TESTED");
  }

  @Test
  void aDeveloperIsRemindedEveryDayTheProgressReportIsMissing() {
    Requirement requirement = raise("Password reset by SMS", null);
    people.assessAndPlan(requirement, """
        [{"name": "SMS gateway", "developer": "developer", "tester": "tester", "start": "2026-03-02", "end": "%1$s"}]""".formatted(inDays(40)));
    Task report = people.progressTask(requirement, "developer");
    assertThat(steps.timerDue(requirement.processInstanceId(), DAILY_PROGRESS_DUE).toInstant())
        .as("a task under way since March: a day after the plan").isCloseTo(ClockUtil.getCurrentTime().toInstant()
            .plus(Duration.ofDays(1)), within(1, ChronoUnit.MINUTES));

    ProcessSteps.moveClock(Duration.ofDays(1).plusMinutes(1));
    people.fireTimer(requirement, DAILY_PROGRESS_DUE);
    ProcessSteps.moveClock(Duration.ofDays(1));
    people.fireTimer(requirement, DAILY_PROGRESS_DUE);

    assertThat(MailServer.about(requirement.number())).extracting(MailServer.Mail::subject, m -> m.to().get(0))
        .containsExactly(
            tuple("[" + requirement.number() + "] Progress report due: SMS gateway", "developer@opsflow.example"),
            tuple("[" + requirement.number() + "] Progress report due: SMS gateway", "developer@opsflow.example"));
    assertThat(people.progressTask(requirement, "developer").getId()).as("the report stays open").isEqualTo(report.getId());
  }

  @Test
  void aTaskPlannedToStartNextWeekIsNotChasedBeforeItsStartDayEnds() {
    Requirement requirement = raise("Loyalty points", null);
    LocalDate start = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).plusDays(7);
    people.assessAndPlan(requirement, """
        [{"name": "Points ledger", "developer": "developer", "tester": "tester", "start": "%s", "end": "%s"}]"""
        .formatted(start, start.plusDays(4)));

    assertThat(steps.timerDue(requirement.processInstanceId(), DAILY_PROGRESS_DUE).toInstant())
        .as("the first reminder when the start day is over")
        .isEqualTo(start.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  @Test
  void aRequirementPastItsExpectedDateTellsTheProjectManagersAndTheRequesterOnce() {
    Requirement requirement = raise("Archive old tickets", null);
    people.assess(requirement);

    ProcessSteps.moveClock(Duration.ofDays(31));
    people.fireTimer(requirement, OVERDUE);

    assertThat(MailServer.about(requirement.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("[" + requirement.number() + "] Requirement overdue: Archive old tickets");
      assertThat(mail.to()).contains("project-manager@opsflow.example", "requester@opsflow.example");
      assertThat(mail.body()).contains("ASSESSING");
    });
    assertThat(people.task(requirement, CONFIRM_SCOPE)).as("the delivery goes on").isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(requirement.processInstanceId()).timers()
        .activityId(OVERDUE).count()).isZero();
  }

  static Stream<Arguments> refusedStarts() {
    return Stream.of(
        arguments(vars(TITLE, "x", CONTENT, "y", EXPECTED_DATE, LocalDate.now(ZONE).toString()),
            "expectedDate must be in the future"),
        arguments(vars(TITLE, "x", CONTENT, "y", EXPECTED_DATE, inDays(5), REQUIREMENT_TYPE, "wish"),
            "requirementType must be one of"),
        arguments(vars(TITLE, "x", EXPECTED_DATE, inDays(5)), "content is required"));
  }

  @ParameterizedTest
  @MethodSource("refusedStarts")
  void aRequirementNeedsAnExpectedDateInTheFutureAndKnownValues(Map<String, Object> variables, String refusal) {
    assertThatThrownBy(() -> steps.as("requester",
        () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(refusal);
  }

  // --- helpers --------------------------------------------------------------------------------

  private Requirement raise(String title, String system) {
    Requirement requirement = people.raise(title, system);
    coverage.track(requirement.processInstanceId());
    return requirement;
  }

  private void developTestAndDeliver(Requirement requirement, String taskName) {
    people.developAndTest(requirement, "developer", "tester");
    people.complete(requirement, APPLY_FOR_RELEASE, RELEASE_TASKS, List.of(taskName));
    people.complete(requirement, DEPLOY_TO_DELIVERY_TEST, BACK_END_CHANGES, "checkout 3.0");
    people.complete(requirement, RUN_DELIVERY_TEST, ACCEPTED, true);
  }
}
