package io.opsflow.continuity;

import static io.opsflow.continuity.BackupTestVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Record test result": passed when the backup was sound and the restored data intact and usable.
 * The system's next test falls due a full interval on after a pass, sooner after a failure.
 */
@Component("recordBackupTestResult")
record RecordBackupTestResultDelegate(BackupTests backups) implements BackupTestVariables.Step {

  @Override
  public void execute(BackupTestVariables test) {
    boolean passed = test.get(BACKUP_SOUND) && test.get(INTEGRITY_VERIFIED) && test.get(DATA_USABLE);
    test.set(BACKUP_TEST_PASSED, passed);
    backups.finished(test.get(TEST_NUMBER), test.get(SYSTEM_ID), test.restore(), passed, EngineClock.now());
  }
}
