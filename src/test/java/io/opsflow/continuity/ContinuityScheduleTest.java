package io.opsflow.continuity;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.continuity.ScheduleIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ContinuitySchedule: its timer fires every day at 06:00 and starts the drill of every plan due
 * by its own interval and the restore test of every backed-up system due, each once per due date,
 * and nothing when nothing is due. The tests keep a calendar of their own, in 2001, long before
 * any plan the shared database holds falls due.
 */
class ContinuityScheduleTest extends ContinuityTestBase {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RepositoryService repository;

  /** The schedule's own calendar, long before any plan the shared database holds falls due. */
  ContinuityScheduleTest() {
    super(at(2001, 1, 1, 0));
  }

  @Test
  void theDailyCheckStartsEveryDrillAndBackupTestDueOnceAndNothingWhenNoneIsDue() {
    clock(2001, 1, 1, 0);
    DrPlans.Plan daily = plan("P1D");
    DrPlans.Plan alsoDaily = plan("P1D");
    clock(2001, 1, 1, 12);
    DrPlans.Plan everyTwoDays = plan("P2D");
    DrPlans.Plan monthly = plan("P1M");
    assertThat(backups.schedule(db(daily)).orElseThrow().nextDueAt()).as("first restore test a month on")
        .isEqualTo(at(2001, 2, 1, 0));
    assertThat(LocalDateTime.ofInstant(dailyCheck().getDuedate().toInstant(), ZONE).toLocalTime())
        .as("every day at 06:00").hasToString("06:00");

    clock(2001, 1, 4, 6);
    Check first = fire();
    assertThat(dailyCheck().getDuedate()).as("the next check a day later").isEqualTo(Date.from(at(2001, 1, 5, 6)));
    assertThat(first.drillsFor()).as("every plan due, not one a day")
        .containsExactlyInAnyOrder(id(daily), id(alsoDaily), id(everyTwoDays));
    assertThat(first.reached()).contains(DRILLS_STARTED, NO_BACKUP_TEST_DUE);
    assertThat(plans.find(id(daily)).orElseThrow().nextDrillDue())
        .as("the next drill a day after this one began").isEqualTo(at(2001, 1, 5, 6));

    Check again = fire();
    assertThat(again.drillsFor()).as("a second check the same day starts none again").isEmpty();
    assertThat(again.reached()).contains(NO_DRILL_DUE, NO_BACKUP_TEST_DUE);

    clock(2001, 2, 1, 12);
    Check february = fire();
    assertThat(february.backupTestsOf()).as("every system due")
        .containsExactlyInAnyOrder(db(daily), db(alsoDaily), db(everyTwoDays), db(monthly));
    assertThat(february.drillsFor()).contains(id(monthly));
    assertThat(february.reached()).contains(DRILLS_STARTED, BACKUP_TESTS_STARTED);
    assertThat(backups.schedule(db(daily)).orElseThrow().nextDueAt()).as("tested: due again a month on")
        .isEqualTo(at(2001, 3, 1, 12));
    assertThat(fire().backupTestsOf()).as("all tested").isEmpty();
  }

  @Test
  void aPlanOrSystemStartedSinceTheCheckLookedIsNotStartedTwice() {
    clock(2001, 1, 1, 0);
    DrPlans.Plan plan = plan("P1D");
    clock(2001, 2, 2, 6);
    List<String> before = checks();
    management.executeJob(dailyCheck().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);
    assertThat(management.createJobQuery().processInstanceId(check).count()).as("a start job for each").isEqualTo(2);

    // before the start jobs run, the coordinator starts a drill and an engineer a restore test on demand
    runtime.startProcessInstanceByKey(DrillIds.PROCESS, vars(RecoveryVariables.PLAN_ID, id(plan)));
    runtime.startProcessInstanceByKey(BackupTestIds.PROCESS, vars(BackupTestVariables.SYSTEM_ID, db(plan)));
    steps.runJobs(check);

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DrillIds.PROCESS)
        .variableValueEquals(RecoveryVariables.PLAN_ID.name(), id(plan)).count()).as("one drill for the due date").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BackupTestIds.PROCESS)
        .variableValueEquals(BackupTestVariables.SYSTEM_ID.name(), db(plan)).count()).as("one test for the due date").isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(check).count()).as("the check ended").isZero();
  }

  @Test
  void theScheduleIsNoTasklistStart() {
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).latestVersion().singleResult()
        .isStartableInTasklist()).isFalse();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** What one firing of the check reached, and what it started. */
  record Check(List<String> reached, List<String> drillsFor, List<String> backupTestsOf) {
  }

  private static String id(DrPlans.Plan plan) {
    return plan.current().id();
  }

  private static String db(DrPlans.Plan plan) {
    return plan.current().backupSystems().get(0);
  }

  private List<String> checks() {
    return instances(PROCESS).stream().map(HistoricProcessInstance::getId).toList();
  }

  private DrPlans.Plan plan(String drillInterval) {
    return fixtures.plan(60, 15, drillInterval, "database");
  }

  private Job dailyCheck() {
    return management.createJobQuery().processDefinitionKey(PROCESS).timers().activityId(DAILY_CHECK_DUE).singleResult();
  }

  /** Fires the check at the engine's clock and runs what it started until it waits for people. */
  private Check fire() {
    List<String> before = checks();
    List<String> drillsBefore = ids(DrillIds.PROCESS);
    List<String> testsBefore = ids(BackupTestIds.PROCESS);
    management.executeJob(dailyCheck().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);
    steps.runJobs(check);
    List<String> reached = history.createHistoricActivityInstanceQuery().processInstanceId(check).list().stream()
        .map(a -> a.getActivityId()).toList();
    return new Check(reached, startedSince(DrillIds.PROCESS, RecoveryVariables.PLAN_ID.name(), drillsBefore),
        startedSince(BackupTestIds.PROCESS, BackupTestVariables.SYSTEM_ID.name(), testsBefore));
  }

  /** The plans or systems of the drills or tests begun since: what the check started. */
  private List<String> startedSince(String key, String variable, List<String> before) {
    return ids(key).stream().filter(id -> !before.contains(id))
        .map(id -> (String) history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(variable)
            .singleResult().getValue())
        .toList();
  }

  private List<String> ids(String key) {
    return instances(key).stream().map(HistoricProcessInstance::getId).toList();
  }

  private List<HistoricProcessInstance> instances(String key) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(key).list();
  }

  private static void clock(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(at(year, month, day, hour)));
  }

  private static Instant at(int year, int month, int day, int hour) {
    return LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant();
  }
}
