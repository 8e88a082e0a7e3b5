package io.opsflow.continuity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The backup restore tests: when each backed-up system is next tested, and what each test
 * recorded. Keyed by the test number; writes may be repeated by a retried job.
 */
@Repository
class BackupTests {

  /** A test as the API reads it. */
  record Test(String testNumber, String systemId, String status, Boolean backupsRan, Instant lastBackupAt,
      String sourceChecksum, String backupChecksum, Long sourceRowCount, Long backupRowCount, Boolean encrypted,
      Boolean storedOffsite, Boolean backupSound, String restoreEnvironment, Boolean integrityVerified,
      Boolean dataUsable, String notes, String result, String incidentNumber, Instant recordedAt, Instant finishedAt) {
  }

  /** What "Verify backups" found: whether backups ran, the latest, and how it compares with its source. */
  record BackupCheck(boolean backupsRan, Instant lastBackupAt, String sourceChecksum, String backupChecksum,
      Long sourceRowCount, Long backupRowCount, boolean encrypted, boolean storedOffsite) {

    /** At least one pair recorded, and every recorded pair agrees. */
    boolean consistent() {
      boolean checksums = sourceChecksum != null && backupChecksum != null;
      boolean rows = sourceRowCount != null && backupRowCount != null;
      return (checksums || rows)
          && (!checksums || sourceChecksum.equalsIgnoreCase(backupChecksum))
          && (!rows || sourceRowCount.equals(backupRowCount));
    }
  }

  /** Where the backup was restored, and whether the restored data proved intact and usable. */
  record Restore(String restoreEnvironment, boolean integrityVerified, boolean dataUsable, String notes) {
  }

  /** When a system's restore is next tested and how the last test went. */
  record Schedule(String systemId, Instant nextDueAt, String lastTestNumber, Instant lastTestedAt, String lastResult) {
  }

  private final JdbcClient jdbc;
  private final ContinuitySchedule schedule;

  BackupTests(JdbcClient jdbc, ContinuitySchedule schedule) {
    this.jdbc = jdbc;
    this.schedule = schedule;
  }

  // --- the schedule -----------------------------------------------------------------------------

  /** Newly backed-up systems are first tested one backup interval from now; the others keep their date. */
  void protect(Collection<String> systems, Instant now) {
    for (String system : systems) {
      if (schedule(system).isEmpty()) {
        jdbc.sql("INSERT INTO opsflow_backup_schedule (system_id, next_due_at) VALUES (?, ?)")
            .params(system, Timestamp.from(ContinuitySchedule.after(now, schedule.backupInterval()))).update();
      }
    }
  }

  Optional<Schedule> schedule(String system) {
    return jdbc.sql("SELECT * FROM opsflow_backup_schedule WHERE system_id = ?").param(system)
        .query((rs, row) -> new Schedule(rs.getString("system_id"), DrPlans.instant(rs, "next_due_at"),
            rs.getString("last_test_number"), DrPlans.instant(rs, "last_tested_at"), rs.getString("last_result")))
        .optional();
  }

  /** Of the given systems, those whose test is due at the instant, the most overdue first. */
  List<String> due(Set<String> among, Instant now) {
    return jdbc.sql("SELECT system_id FROM opsflow_backup_schedule WHERE next_due_at <= ? ORDER BY next_due_at, system_id")
        .param(Timestamp.from(now)).query(String.class).list().stream().filter(among::contains).toList();
  }

  /**
   * Claims the system's test that was due when the daily check looked: moves its next test a
   * backup interval on, if it is still due then. False when a test of it has begun since; the
   * row's lock makes two claims of one due date wait for each other, and the second finds it gone.
   */
  boolean claimDueTest(String system, Instant checkedAt, Instant now) {
    return jdbc.sql("UPDATE opsflow_backup_schedule SET next_due_at = ? WHERE system_id = ? AND next_due_at <= ?")
        .params(Timestamp.from(ContinuitySchedule.after(now, schedule.backupInterval())), system,
            Timestamp.from(checkedAt))
        .update() == 1;
  }

  // --- the tests --------------------------------------------------------------------------------

  /** Records the test and moves the system's next test a full interval on, so that it is not picked twice. */
  void register(String number, String processInstanceId, String system, Instant now) {
    jdbc.sql("""
            INSERT INTO opsflow_backup_test (test_number, process_instance_id, system_id, status, recorded_at)
            VALUES (?, ?, ?, 'VERIFYING', ?)""")
        .params(number, processInstanceId, system, Timestamp.from(now)).update();
    protect(List.of(system), now);
    next(system, ContinuitySchedule.after(now, schedule.backupInterval()));
  }

  void backupsVerified(String number, BackupCheck check, boolean sound) {
    jdbc.sql("""
            UPDATE opsflow_backup_test SET backups_ran = ?, last_backup_at = ?, source_checksum = ?, backup_checksum = ?,
              source_row_count = ?, backup_row_count = ?, encrypted = ?, stored_offsite = ?, backup_sound = ?,
              status = ? WHERE test_number = ?""")
        .params(check.backupsRan(), timestamp(check.lastBackupAt()), check.sourceChecksum(), check.backupChecksum(),
            check.sourceRowCount(), check.backupRowCount(), check.encrypted(), check.storedOffsite(), sound,
            sound ? "RESTORING" : "BACKUP_UNSOUND", number)
        .update();
  }

  /**
   * Records the result; the system's next test falls due a full interval on after a pass, and
   * sooner after a failure.
   */
  void finished(String number, String system, Restore restore, boolean passed, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_backup_test SET restore_environment = ?, integrity_verified = ?, data_usable = ?, notes = ?,
              result = ?, status = 'FINISHED', finished_at = ? WHERE test_number = ?""")
        .params(restore.restoreEnvironment(), restore.integrityVerified(), restore.dataUsable(), restore.notes(),
            passed ? "passed" : "failed", Timestamp.from(now), number)
        .update();
    next(system, ContinuitySchedule.after(now,
        passed ? schedule.backupInterval() : schedule.backupRetestAfterFailure()));
    jdbc.sql("UPDATE opsflow_backup_schedule SET last_test_number = ?, last_tested_at = ?, last_result = ? WHERE system_id = ?")
        .params(number, Timestamp.from(now), passed ? "passed" : "failed", system).update();
  }

  void incidentOpened(String number, String incidentNumber) {
    jdbc.sql("UPDATE opsflow_backup_test SET incident_number = ? WHERE test_number = ?")
        .params(incidentNumber, number).update();
  }

  Optional<Test> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_backup_test WHERE test_number = ?").param(number)
        .query((rs, row) -> new Test(rs.getString("test_number"), rs.getString("system_id"), rs.getString("status"),
            (Boolean) rs.getObject("backups_ran", Boolean.class), DrPlans.instant(rs, "last_backup_at"),
            rs.getString("source_checksum"), rs.getString("backup_checksum"),
            (Long) rs.getObject("source_row_count", Long.class), (Long) rs.getObject("backup_row_count", Long.class),
            (Boolean) rs.getObject("encrypted", Boolean.class), (Boolean) rs.getObject("stored_offsite", Boolean.class),
            (Boolean) rs.getObject("backup_sound", Boolean.class), rs.getString("restore_environment"),
            (Boolean) rs.getObject("integrity_verified", Boolean.class),
            (Boolean) rs.getObject("data_usable", Boolean.class), rs.getString("notes"), rs.getString("result"),
            rs.getString("incident_number"), DrPlans.instant(rs, "recorded_at"), DrPlans.instant(rs, "finished_at")))
        .optional();
  }

  private void next(String system, Instant due) {
    jdbc.sql("UPDATE opsflow_backup_schedule SET next_due_at = ? WHERE system_id = ?")
        .params(Timestamp.from(due), system).update();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
