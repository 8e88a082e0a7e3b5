package io.opsflow.continuity;

import static io.opsflow.continuity.ScheduleVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Find backup tests due" (ContinuitySchedule): every system the plans in force back up whose
 * restore test is due (monthly by default, sooner after a failure), the most overdue first; none
 * when nothing is due.
 */
@Component("findBackupTestsDue")
record FindBackupTestsDueDelegate(DrPlans plans, BackupTests backups) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    List<String> due = backups.due(plans.backedUpSystems(), now);
    ScheduleVariables.of(execution).set(CHECKED_AT, now).set(SYSTEMS_DUE, new ArrayList<>(due))
        .set(BACKUP_TEST_DUE, !due.isEmpty());
  }
}
