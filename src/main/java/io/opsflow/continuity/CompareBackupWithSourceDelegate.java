package io.opsflow.continuity;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Compare backup with source": the backup is sound when it ran, is recent (no older than the
 * expected backup cycle, {@code opsflow.continuity.backup-max-age}), matches its source (every pair
 * the operator recorded agrees: checksums, row counts), is encrypted and is stored off-site.
 */
@Component("compareBackupWithSource")
class CompareBackupWithSourceDelegate implements JavaDelegate {

  private final BackupTests backups;
  private final ContinuitySchedule schedule;

  CompareBackupWithSourceDelegate(BackupTests backups, ContinuitySchedule schedule) {
    this.backups = backups;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BackupTestVariables test = BackupTestVariables.of(execution);
    boolean recent = recent(test.lastBackupAt(), schedule.backupMaxAge(), EngineClock.now());
    boolean sound = test.backupsRan() && recent && consistent(test) && test.encrypted() && test.storedOffsite();
    test.set(BackupTestVariables.BACKUP_RECENT, recent).set(BackupTestVariables.BACKUP_SOUND, sound);
    backups.backupsVerified(test.testNumber(), test, sound);
  }

  /** A backup that finished within the backup cycle: a stale one would restore old data. */
  static boolean recent(Instant lastBackupAt, Duration maxAge, Instant now) {
    return lastBackupAt != null && !lastBackupAt.isBefore(now.minus(maxAge));
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
