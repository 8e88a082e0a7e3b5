package io.opsflow.continuity;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the continuity tests share: the engine and the family's tables, an estate of
 * their own ({@link ContinuityFixtures}, retired after each test), the process steps, and the
 * per-system tasks of "Recover each system" (drill and disaster alike).
 */
@OpsFlowTest
abstract class ContinuityTestBase extends OpsFlowTestBase {

  /** UTC+8, as the operators in the seed's time zone enter their times. */
  static final ZoneOffset OPERATOR_ZONE = ZoneOffset.ofHours(8);

  @Autowired
  DrPlans plans;
  @Autowired
  RecoveryRecords records;
  @Autowired
  BackupTests backups;
  @Autowired
  Cmdb cmdb;

  ContinuityFixtures fixtures;
  ProcessSteps steps;
  ManagementService management;
  HistoryService history;

  /** The engine's clock when each test begins. */
  private final Instant now;

  ContinuityTestBase(Instant now) {
    this.now = now;
  }

  Instant now() {
    return now;
  }

  @BeforeEach
  void fixturesAndClock() {
    ClockUtil.setCurrentTime(Date.from(now()));
    fixtures = new ContinuityFixtures(cmdb, plans);
    steps = new ProcessSteps(engine);
    management = engine.getManagementService();
    history = engine.getHistoryService();
  }

  @AfterEach
  void retirePlans() {
    fixtures.retirePlans();
    ClockUtil.reset();
  }

  /** The open tasks at that key, one per system still there. */
  List<Task> systemTasks(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
  }

  /** The task of one system's instance of "Recover each system". */
  Task systemTask(String processInstanceId, String taskKey, String system) {
    return systemTasks(processInstanceId, taskKey).stream()
        .filter(t -> system.equals(tasks.getVariable(t.getId(), RecoveryVariables.SYSTEM_ID.name()))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskKey + " for " + system));
  }

  /** Completes one system's task with the variables, then runs the jobs it leaves due. */
  void completeForSystem(String processInstanceId, String taskKey, String system, Object... namesAndValues) {
    tasks.complete(systemTask(processInstanceId, taskKey, system).getId(), ProcessSteps.vars(namesAndValues));
    steps.runJobs(processInstanceId);
  }

  void assertEnded(String processInstanceId, String endEventId) {
    assertThat(steps.endedAt(processInstanceId, endEventId)).as("ended at " + endEventId).isTrue();
  }

  /** A time as Tasklist's date-time field sends it: minutes and the operator's offset. */
  static String local(Instant instant) {
    return OffsetDateTime.ofInstant(instant, OPERATOR_ZONE).withSecond(0).withNano(0).toString();
  }
}
