package io.opsflow.continuity;

import static io.opsflow.continuity.BackupTestVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Compare backup with source": the backup is sound when it ran, is recent (no older than the
 * expected backup cycle, {@code opsflow.continuity.backup-max-age}), matches its source (every pair
 * the operator recorded agrees: checksums, row counts), is encrypted and is stored off-site.
 */
@Component("compareBackupWithSource")
record CompareBackupWithSourceDelegate(BackupTests backups, ContinuitySchedule schedule) implements BackupTestVariables.Step {

  @Override
  public void execute(BackupTestVariables test) {
    BackupTests.BackupCheck check = test.backupCheck();
    boolean recent = recent(check.lastBackupAt(), schedule.backupMaxAge(), EngineClock.now());
    boolean sound = check.backupsRan() && recent && check.consistent() && check.encrypted() && check.storedOffsite();
    test.set(BACKUP_RECENT, recent).set(BACKUP_SOUND, sound);
    backups.backupsVerified(test.get(TEST_NUMBER), check, sound);
  }

  /** A backup that finished within the backup cycle: a stale one would restore old data. */
  static boolean recent(Instant lastBackupAt, Duration maxAge, Instant now) {
    return lastBackupAt != null && !lastBackupAt.isBefore(now.minus(maxAge));
  }
}
