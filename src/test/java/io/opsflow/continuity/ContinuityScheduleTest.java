package io.opsflow.continuity;

import static io.opsflow.continuity.ScheduleIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ContinuitySchedule: its timer fires every day at 06:00 and starts the drill of the plan most
 * overdue by its own interval and the restore test of the backed-up system most overdue, one of
 * each a day, and nothing when nothing is due. The tests keep a calendar of their own, in 2001,
 * long before any plan the shared database holds falls due.
 */
@OpsFlowTest
class ContinuityScheduleTest {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  DrPlans plans;
  @Autowired
  BackupTests backups;
  @Autowired
  Cmdb cmdb;

  ContinuityFixtures fixtures;
  final List<DrPlans.Plan> created = new ArrayList<>();

  @BeforeEach
  void fixtures() {
    fixtures = new ContinuityFixtures(cmdb, plans);
  }

  @AfterEach
  void retirePlans() {
    created.forEach(fixtures::retire);
  }

  @Test
  void theDailyCheckStartsTheMostOverdueDrillAndBackupTestAndNothingWhenNoneIsDue() {
    clock(2001, 1, 1, 0);
    DrPlans.Plan daily = plan("P1D");
    clock(2001, 1, 1, 12);
    DrPlans.Plan everyTwoDays = plan("P2D");
    String dailyDb = daily.current().backupSystems().get(0);
    String otherDb = everyTwoDays.current().backupSystems().get(0);
    assertThat(backups.schedule(dailyDb).orElseThrow().nextDueAt()).as("first restore test a month on")
        .isEqualTo(at(2001, 2, 1, 0));

    assertThat(LocalDateTime.ofInstant(dailyCheck().getDuedate().toInstant(), ZONE).toLocalTime())
        .as("every day at 06:00").hasToString("06:00");

    clock(2001, 1, 4, 6);
    Check first = fire();
    assertThat(dailyCheck().getDuedate()).as("the next check a day later").isEqualTo(Date.from(at(2001, 1, 5, 6)));
    Check second = fire();
    Check third = fire();
    assertThat(List.of(first.drillFor(), second.drillFor())).as("the most overdue first: due on the 2nd, then the 3rd")
        .containsExactly(daily.current().id(), everyTwoDays.current().id());
    assertThat(third.drillFor()).as("both drilled: none due").isNull();
    assertThat(third.reached()).contains(NO_DRILL_DUE, NO_BACKUP_TEST_DUE);
    assertThat(first.backupTestOf()).as("no restore test due in January").isNull();
    assertThat(plans.find(daily.current().id()).orElseThrow().nextDrillDue())
        .as("the next drill a day after this one began").isEqualTo(at(2001, 1, 5, 6));

    clock(2001, 2, 1, 12);
    Check february = fire();
    assertThat(february.backupTestOf()).isEqualTo(dailyDb);
    assertThat(february.reached()).contains(DRILL_STARTED, BACKUP_TEST_STARTED);
    assertThat(backups.schedule(dailyDb).orElseThrow().nextDueAt()).as("tested: due again a month on")
        .isEqualTo(at(2001, 3, 1, 12));
    assertThat(fire().backupTestOf()).isEqualTo(otherDb);
    assertThat(fire().backupTestOf()).as("both tested").isNull();
  }

  // --- helpers --------------------------------------------------------------------------------

  /** What one firing of the check reached, and what it started. */
  record Check(List<String> reached, String drillFor, String backupTestOf) {
  }

  private DrPlans.Plan plan(String drillInterval) {
    DrPlans.Plan plan = fixtures.plan(60, 15, drillInterval, "database");
    created.add(plan);
    return plan;
  }

  private Job dailyCheck() {
    return management.createJobQuery().processDefinitionKey(PROCESS).timers().activityId(DAILY_CHECK_DUE).singleResult();
  }

  /** Fires the check at the engine's clock and runs what it started until it waits for people. */
  private Check fire() {
    List<String> before = instances(PROCESS).stream().map(HistoricProcessInstance::getId).toList();
    management.executeJob(dailyCheck().getId());
    String check = instances(PROCESS).stream().map(HistoricProcessInstance::getId).filter(id -> !before.contains(id))
        .findFirst().orElseThrow();
    coverage.track(check);
    Jobs.runDue(management, check);
    List<String> reached = history.createHistoricActivityInstanceQuery().processInstanceId(check).list().stream()
        .map(a -> a.getActivityId()).toList();
    return new Check(reached,
        reached.contains(DRILL_STARTED) ? (String) variable(check, ScheduleVariables.PLAN_ID) : null,
        reached.contains(BACKUP_TEST_STARTED) ? (String) variable(check, ScheduleVariables.SYSTEM_ID) : null);
  }

  private Object variable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult().getValue();
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
