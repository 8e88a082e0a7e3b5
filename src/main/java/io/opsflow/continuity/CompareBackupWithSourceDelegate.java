package io.opsflow.continuity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Compare backup with source": the backup is sound when it ran, matches its source (every pair
 * the operator recorded agrees: checksums, row counts), is encrypted and is stored off-site.
 */
@Component("compareBackupWithSource")
class CompareBackupWithSourceDelegate implements JavaDelegate {

  private final BackupTests backups;

  CompareBackupWithSourceDelegate(BackupTests backups) {
    this.backups = backups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BackupTestVariables test = BackupTestVariables.of(execution);
    boolean sound = test.backupsRan() && consistent(test) && test.encrypted() && test.storedOffsite();
    test.set(BackupTestVariables.BACKUP_SOUND, sound);
    backups.backupsVerified(test.testNumber(), test, sound);
  }

  /** At least one pair recorded, and every recorded pair agrees. */
  static boolean consistent(BackupTestVariables test) {
    boolean checksums = test.sourceChecksum() != null && test.backupChecksum() != null;
    boolean rows = test.sourceRowCount() != null && test.backupRowCount() != null;
    return (checksums || rows)
        && (!checksums || test.sourceChecksum().equalsIgnoreCase(test.backupChecksum()))
        && (!rows || test.sourceRowCount().equals(test.backupRowCount()));
  }
}
