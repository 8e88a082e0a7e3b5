package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.configuration.Cmdb;
import io.opsflow.identity.Roles;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * InspectionSchedule: its timer starts the round of every plan due, once per due time, numbered
 * INS-year-n with the number as business key, and nothing when nothing is due. The tests keep a
 * calendar of their own, in 2001, long before any plan the shared database holds falls due.
 */
class InspectionScheduleTest extends InspectionTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(SCHEDULE);

  @Autowired
  Cmdb cmdb;

  private ManagementService management;
  private HistoryService history;

  @BeforeEach
  void services() {
    management = engine.getManagementService();
    history = engine.getHistoryService();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCheckStartsEachDueRoundOnceAndNothingWhenNoneIsDue() {
    InspectionPlans.Plan daily = duePlan("2001-01-01T01:00:00Z", "P1D");
    InspectionPlans.Plan weekly = duePlan("2001-01-01T01:00:00Z", "P1W");
    InspectionPlans.Plan later = duePlan("2001-01-03T01:00:00Z", "P1D");
    clock("2001-01-02T02:00:00Z");

    fire();

    ProcessInstance round = rounds(daily).get(0);
    assertThat(rounds(daily)).hasSize(1);
    assertThat(rounds(weekly)).hasSize(1);
    assertThat(rounds(later)).as("not yet due").isEmpty();
    assertThat(round.getBusinessKey()).matches("INS-\\d{4}-\\d{6}");
    assertThat(records.find(round.getBusinessKey()).orElseThrow().dueAt()).as("the round's own due time")
        .isEqualTo(Instant.parse("2001-01-01T01:00:00Z"));
    assertThat(steps.waitingAt(round.getId())).containsExactly(INSPECT);
    assertThat(plans.find(daily.planId()).orElseThrow().nextDueAt()).as("a missed day is not made up: the next is ahead")
        .isEqualTo(Instant.parse("2001-01-03T01:00:00Z"));
    assertThat(plans.find(weekly.planId()).orElseThrow().nextDueAt()).isEqualTo(Instant.parse("2001-01-08T01:00:00Z"));

    List<String> reached = fire();
    assertThat(reached).as("a second check the same hour starts none again").contains(NONE_DUE);
    assertThat(rounds(daily)).hasSize(1);
  }

  @Test
  void aRoundClaimedSinceTheCheckLookedIsNotStartedTwice() {
    InspectionPlans.Plan plan = duePlan("2001-02-01T01:00:00Z", "P1D");
    clock("2001-02-01T03:00:00Z");
    List<String> before = checks();
    management.executeJob(checkTimer().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);

    // another node's check claims the round before this one's start job runs
    assertThat(plans.claimDue(plan.planId(), Instant.parse("2001-02-01T03:00:00Z"), Instant.parse("2001-02-01T03:00:00Z")))
        .isPresent();
    steps.runJobs(check);

    assertThat(rounds(plan)).as("the other node starts it; this check leaves it").isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(check).count()).as("the check ended").isZero();
  }

  @Test
  void aPlanRewrittenWithoutItsNextDueTimeKeepsTheTimeTheScheduleMovedOnMeanwhile() {
    InspectionPlans.Plan plan = duePlan("2001-03-01T01:00:00Z", "P1D");
    // the PUT reads the stored plan and builds the new one (no nextDueAt given) ...
    InspectionPlans.Plan written = InspectionInput.plan(plan.planId(), new InspectionInput.PlanFields("Renamed / 已改名",
        null, plan.ciIds(), plan.checklist(), plan.frequency(), plan.doneWithin(), plan.groupId(), null, true),
        plans.find(plan.planId()), cmdb, engine.getIdentityService());
    // ... while a check claims the round due and moves the time on ...
    assertThat(plans.claimDue(plan.planId(), Instant.parse("2001-03-01T03:00:00Z"), Instant.parse("2001-03-01T03:00:00Z")))
        .isPresent();
    // ... and then writes
    plans.replace(written);

    InspectionPlans.Plan stored = plans.find(plan.planId()).orElseThrow();
    assertThat(stored.name()).isEqualTo("Renamed / 已改名");
    assertThat(stored.nextDueAt()).as("the round claimed is not due again").isEqualTo(Instant.parse("2001-03-02T01:00:00Z"));
  }

  // --- helpers --------------------------------------------------------------------------------

  private InspectionPlans.Plan duePlan(String due, String frequency) {
    InspectionPlans.Plan plan = new InspectionPlans.Plan("schedule-test-" + System.nanoTime(), "Scheduled / 定期",
        null, List.of("app-server-01"), CHECKLIST_ITEMS, frequency, "PT8H", Roles.OPS_ENGINEER, Instant.parse(due), true);
    plans.add(plan);
    return plan;
  }

  private List<ProcessInstance> rounds(InspectionPlans.Plan plan) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(InspectionVariables.PLAN_ID.name(), plan.planId()).list();
  }

  /** Fires the check at the engine's clock, runs what it started, and answers where it went. */
  private List<String> fire() {
    List<String> before = checks();
    List<String> roundsBefore = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(ProcessInstance::getId).toList();
    management.executeJob(checkTimer().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);
    steps.runJobs(check);
    runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .filter(round -> !roundsBefore.contains(round.getId())).forEach(round -> steps.runJobs(round.getId()));
    return history.createHistoricActivityInstanceQuery().processInstanceId(check).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  private List<String> checks() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private Job checkTimer() {
    return management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(CHECK_DUE).singleResult();
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
  }
}
