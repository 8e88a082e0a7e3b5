package io.opsflow.continuity;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Start backup test" (ContinuitySchedule, once per system due): claims the system's due restore
 * test and starts it (message BackupTestDue with its systemId), in one transaction. A system tested
 * since the check looked, or no longer backed up by a plan in force, is left alone: one test per
 * due date.
 */
@Component("startDueBackupTest")
record StartDueBackupTestDelegate(DrPlans plans, BackupTests backups) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartDueBackupTestDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    ScheduleVariables check = ScheduleVariables.of(execution);
    String system = check.get(ScheduleVariables.SYSTEM_ID);
    if (!plans.backedUpSystems().contains(system)
        || !backups.claimDueTest(system, check.get(ScheduleVariables.CHECKED_AT), EngineClock.now())) {
      LOG.info("Restore test of {} not started: it is no longer due (tested since, or no longer backed up)", system);
      return;
    }
    StartMessages.start(execution.getProcessEngineServices().getRuntimeService(), BackupTestIds.TEST_DUE_MESSAGE,
        BackupTestVariables.SYSTEM_ID.put(new HashMap<>(), system));
  }
}
