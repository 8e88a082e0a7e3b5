package io.opsflow.continuity;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The backup restore test's variables: names (a contract) and typed access. */
public final class BackupTestVariables extends ProcessVariables<BackupTestVariables> {

  public static final Variable<String> SYSTEM_ID = Variable.text("systemId");
  public static final Variable<String> TEST_NUMBER = Variable.text("testNumber");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<Boolean> BACKUPS_RAN = Variable.flag("backupsRan");
  public static final Variable<Instant> LAST_BACKUP_AT = Variable.time("lastBackupAt");
  public static final Variable<String> SOURCE_CHECKSUM = Variable.optionalText("sourceChecksum");
  public static final Variable<String> BACKUP_CHECKSUM = Variable.optionalText("backupChecksum");
  public static final Variable<Long> SOURCE_ROW_COUNT = Variable.longNumber("sourceRowCount");
  public static final Variable<Long> BACKUP_ROW_COUNT = Variable.longNumber("backupRowCount");
  public static final Variable<Boolean> ENCRYPTED = Variable.flag("encrypted");
  public static final Variable<Boolean> STORED_OFFSITE = Variable.flag("storedOffsite");
  /** The latest backup finished within the backup cycle (opsflow.continuity.backup-max-age). */
  public static final Variable<Boolean> BACKUP_RECENT = Variable.flag("backupRecent");
  public static final Variable<Boolean> BACKUP_SOUND = Variable.flag("backupSound");
  public static final Variable<String> RESTORE_ENVIRONMENT = Variable.optionalText("restoreEnvironment");
  public static final Variable<Boolean> RESTORE_ISOLATED = Variable.flag("restoreIsolated");
  public static final Variable<Boolean> INTEGRITY_VERIFIED = Variable.flag("integrityVerified");
  public static final Variable<Boolean> DATA_USABLE = Variable.flag("dataUsable");
  public static final Variable<String> VERIFICATION_NOTES = Variable.optionalText("verificationNotes");
  public static final Variable<Boolean> BACKUP_TEST_PASSED = Variable.flag("backupTestPassed");
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");

  private BackupTestVariables(VariableScope scope) {
    super(scope);
  }

  public static BackupTestVariables of(VariableScope scope) {
    return new BackupTestVariables(scope);
  }

  /** What "Verify backups" recorded, the texts without surrounding blanks. */
  BackupTests.BackupCheck backupCheck() {
    return new BackupTests.BackupCheck(get(BACKUPS_RAN), get(LAST_BACKUP_AT), stripped(SOURCE_CHECKSUM),
        stripped(BACKUP_CHECKSUM), get(SOURCE_ROW_COUNT), get(BACKUP_ROW_COUNT), get(ENCRYPTED), get(STORED_OFFSITE));
  }

  /** What the restore and its verification recorded. */
  BackupTests.Restore restore() {
    return new BackupTests.Restore(stripped(RESTORE_ENVIRONMENT), get(INTEGRITY_VERIFIED), get(DATA_USABLE),
        stripped(VERIFICATION_NOTES));
  }

  /** An optional text without surrounding blanks, or null. */
  String stripped(Variable<String> variable) {
    String value = get(variable);
    return value == null ? null : value.strip();
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<BackupTestVariables> {

    @Override
    default BackupTestVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
