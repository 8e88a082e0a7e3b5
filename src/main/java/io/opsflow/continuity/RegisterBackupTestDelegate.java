package io.opsflow.continuity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register backup test": gives the test a number of its own as business key (the task is not
 * async, so a handed-in number never stems from a retry), records it, and moves the system's next
 * test a full interval on, so that the daily check does not pick it again.
 */
@Component("registerBackupTest")
record RegisterBackupTestDelegate(TicketNumbers numbers, BackupTests backups, Cmdb cmdb) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    BackupTestVariables test = BackupTestVariables.of(execution);
    String number = numbers.next(BackupTestIds.PREFIX);
    test.set(BackupTestVariables.TEST_NUMBER, number);
    execution.setProcessBusinessKey(number);
    String system = test.get(BackupTestVariables.SYSTEM_ID).strip();
    String name = cmdb.find(system).map(Cmdb.Item::name).orElse(system);
    test.set(BackupTestVariables.SYSTEM_ID, system)
        .set(BackupTestVariables.SUMMARY, "Backup restore test of " + name + " (" + system + ")");
    backups.register(number, execution.getProcessInstanceId(), system, EngineClock.now());
  }
}
