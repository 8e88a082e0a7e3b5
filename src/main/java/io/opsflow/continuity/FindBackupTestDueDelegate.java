package io.opsflow.continuity;

import io.opsflow.platform.EngineClock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Find backup test due" (ContinuitySchedule): of the systems the plans in force back up, the one whose restore test
 * is most overdue (monthly by default, sooner after a failure); none when nothing is due.
 */
@Component("findBackupTestDue")
class FindBackupTestDueDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final BackupTests backups;

  FindBackupTestDueDelegate(DrPlans plans, BackupTests backups) {
    this.plans = plans;
    this.backups = backups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> due = backups.mostOverdue(plans.backedUpSystems(), EngineClock.now());
    ScheduleVariables.of(execution).set(ScheduleVariables.BACKUP_TEST_DUE, due.isPresent())
        .set(ScheduleVariables.SYSTEM_ID, due.orElse(null));
  }
}
