package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewIds.*;
import static io.opsflow.servicelevel.ServiceReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ServiceReview: the daily check opens SRV-2097-05 on May's first working day (Wednesday the 1st in
 * the calendar's zone) and only once (a later check opens a month's review that did not open on that
 * day), reviews April with the report kept, opens a problem on the
 * service that missed its availability target in March and April ({@link ServiceLevelHistory}), and
 * follows each improvement action (reminder, overdue report) until its owner completes it.
 */
class ServiceReviewProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  Cmdb cmdb;
  @Autowired
  ServiceReviewRecords reviews;

  private ProcessSteps steps;
  private ManagementService management;

  @BeforeEach
  void setUp() {
    steps = new ProcessSteps(engine);
    management = engine.getManagementService();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCheckOpensTheMonthsReviewOnceOnItsFirstWorkingDayAndAServiceMissingTwiceGetsAProblem() {
    ServiceLevelHistory history = ServiceLevelHistory.seed(cmdb, jdbc);
    // the services of earlier runs' histories are retired, so that this review opens a problem for this one only
    jdbc.sql("UPDATE opsflow_ci SET retired = TRUE WHERE ci_id LIKE 'slm-shop-%' AND ci_id <> ?")
        .param(history.service()).update();
    jdbc.sql("DELETE FROM opsflow_service_review WHERE review_number = 'SRV-2097-05'").update();

    reviews.claim("SRV-2097-04", "2097-03", null, Instant.now()); // April's review held (kept if an earlier run held it)
    clock("2097-04-30T00:30:00Z");
    assertThat(check()).as("the last day of April, its review held: no review").contains(NO_REVIEW_DUE);

    clock("2097-05-01T00:30:00Z");
    String review = checkInstance();
    assertThat(reached(review)).contains(PRODUCE_REPORT, OPEN_PROBLEMS);
    assertThat(steps.waitingAt(review)).containsExactly(REVIEW);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(review).singleResult()
        .getBusinessKey()).isEqualTo("SRV-2097-05");
    assertThat(steps.variable(review, REVIEW_MONTH)).isEqualTo("2097-04");
    // (another service missing twice would be an incident of high impact some other test left open:
    // its outage runs to the engine's clock in 2097)
    assertThat(steps.variable(review, MISSED_TWICE)).contains(history.service());
    assertThat(steps.variable(review, VERDICTS)).contains("Availability of Item " + history.service(), "99.861", "missed / 未达标",
        "Satisfaction / 满意度: – (target 90.0 %): no data / 无数据");
    ServiceReviewRecords.Review kept = reviews.find("SRV-2097-05").orElseThrow();
    assertThat(kept.reportHtml()).contains("Service levels / 服务级别", "data-chart=\"availability\"");
    assertThat(kept.problems()).matches("PRB-\\d{4}-\\d{6}(, PRB-\\d{4}-\\d{6})*");
    assertThat(List.of(kept.problems().split(", "))).filteredOn(problem -> history.service().equals(
            jdbc.sql("SELECT affected_ci FROM opsflow_problem WHERE problem_number = ?").param(problem)
                .query(String.class).single()))
        .as("one problem on the service").hasSize(1);
    assertThat(steps.candidateGroups(steps.task(review, REVIEW))).containsExactly("process-owner");

    assertThat(check()).as("a second check the same day").contains(NO_REVIEW_DUE);
    clock("2097-05-02T00:30:00Z");
    assertThat(check()).as("the next day").contains(NO_REVIEW_DUE);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("SRV-2097-05").count()).isEqualTo(1);

    Task task = steps.task(review, REVIEW);
    tasks.claim(task.getId(), "process-owner");
    steps.complete(review, REVIEW, REVIEW_NOTES, "All targets discussed; the problem covers the shop.");

    assertThat(steps.endedAt(review, CLOSED_WITHOUT_ACTIONS)).isTrue();
    kept = reviews.find("SRV-2097-05").orElseThrow();
    assertThat(kept.reviewNotes()).isEqualTo("All targets discussed; the problem covers the shop.");
    assertThat(kept.reviewedBy()).isEqualTo("process-owner");
  }

  @Test
  void aMonthWhoseReviewDidNotOpenOnItsFirstWorkingDayGetsItAtTheNextCheck() {
    jdbc.sql("DELETE FROM opsflow_service_review WHERE review_number = 'SRV-2098-06'").update();

    clock("2098-06-01T00:30:00Z"); // Sunday: June's first working day is Monday the 2nd
    assertThat(check()).as("before the first working day").contains(NO_REVIEW_DUE);

    clock("2098-06-04T00:30:00Z"); // Wednesday, the third working day: the check of the 2nd did not run
    String review = checkInstance();
    assertThat(reached(review)).doesNotContain(NO_REVIEW_DUE);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(review).singleResult()
        .getBusinessKey()).isEqualTo("SRV-2098-06");
    assertThat(steps.variable(review, REVIEW_MONTH)).isEqualTo("2098-05");
    assertThat(check()).as("a second check").contains(NO_REVIEW_DUE);

    Task task = steps.task(review, REVIEW);
    tasks.claim(task.getId(), "process-owner");
    steps.complete(review, REVIEW, REVIEW_NOTES, "Opened late, reviewed all the same.");
    assertThat(steps.endedAt(review, CLOSED_WITHOUT_ACTIONS)).isTrue();
  }

  @Test
  void eachActionIsFollowedUntilItsOwnerCompletesIt() {
    String number = "SRV-T" + System.nanoTime() % 1_000_000_000_000L;
    reviews.claim(number, "2097-04", null, Instant.now());
    String review = steps.startBefore(PROCESS, number, REVIEW, REVIEW_NUMBER, number, REVIEW_MONTH, "2097-04",
        VERDICTS, "Satisfaction / 满意度: 75.0 %: missed");
    coverage.track(review);
    List<Map<String, Object>> actions = List.of(
        Map.of("action", "Survey the unhappy reporters", "owner", "incident-manager", "due", "2099-01-31"),
        Map.of("action", "Add a second application server", "owner", "ops-admin", "due", "2099-02-28"));

    assertThatThrownBy(() -> steps.complete(review, REVIEW, REVIEW_NOTES, "Satisfaction missed", IMPROVEMENT_ACTIONS,
        List.of(Map.of("action", "Nobody's", "owner", "no-such-user", "due", "2099-01-31"))))
        .hasMessageContaining(IMPROVEMENT_ACTIONS.name()).hasMessageContaining("user of OpsFlow");
    steps.complete(review, REVIEW, REVIEW_NOTES, "Satisfaction missed", IMPROVEMENT_ACTIONS, actions);

    List<Task> open = tasks.createTaskQuery().processInstanceId(review).taskDefinitionKey(CARRY_OUT_ACTION)
        .orderByTaskAssignee().asc().list();
    assertThat(open).extracting(Task::getAssignee).containsExactly("incident-manager", "ops-admin");
    assertThat(reviews.actions(number)).extracting(ServiceReviewRecords.Action::owner, ServiceReviewRecords.Action::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("incident-manager", "OPEN"),
            org.assertj.core.groups.Tuple.tuple("ops-admin", "OPEN"));

    fire(review, ACTION_REMINDER);
    fire(review, ACTION_OVERDUE);
    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .anySatisfy(s -> assertThat(s).contains("Improvement action open / 改进措施未完成"))
        .anySatisfy(s -> assertThat(s).contains("Improvement action overdue / 改进措施逾期"));
    assertThat(tasks.createTaskQuery().processInstanceId(review).taskDefinitionKey(CARRY_OUT_ACTION).count())
        .as("reminded and reported, still open").isEqualTo(2);

    assertThatThrownBy(() -> tasks.complete(open.get(0).getId(), Map.of(DONE_NOTE.name(), " ")))
        .hasMessageContaining(DONE_NOTE.name());
    tasks.complete(open.get(0).getId(), Map.of(DONE_NOTE.name(), "Called the five reporters"));
    steps.runJobs(review);
    assertThat(steps.waitingAt(review)).contains(CARRY_OUT_ACTION);
    tasks.complete(open.get(1).getId(), Map.of(DONE_NOTE.name(), "app-server-02 in service"));
    steps.runJobs(review);

    assertThat(steps.endedAt(review, REVIEW_CLOSED)).isTrue();
    assertThat(reviews.actions(number)).extracting(ServiceReviewRecords.Action::status, ServiceReviewRecords.Action::doneNote)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DONE", "Called the five reporters"),
            org.assertj.core.groups.Tuple.tuple("DONE", "app-server-02 in service"));
    assertThat(reviews.find(number).orElseThrow().closedAt()).isNotNull();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** Fires the timer of the first branch waiting at that boundary event and runs what follows. */
  private void fire(String review, String eventId) {
    Job timer = management.createJobQuery().processInstanceId(review).timers().activityId(eventId).list().get(0);
    management.executeJob(timer.getId());
    steps.runJobs(review);
  }

  /** Fires the daily check at the engine's clock, runs what it started, and answers where it went. */
  private List<String> check() {
    return reached(checkInstance());
  }

  private String checkInstance() {
    List<String> before = checks();
    Job timer = management.createJobQuery().processDefinitionKey(PROCESS).timers().activityId(CHECK_DUE).singleResult();
    management.executeJob(timer.getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);
    steps.runJobs(check);
    return check;
  }

  private List<String> reached(String instance) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  private List<String> checks() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
  }
}
