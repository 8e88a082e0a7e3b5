package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The backup restore test's variables: names (a contract) and typed access. */
public final class BackupTestVariables {

  public static final String SYSTEM_ID = "systemId";
  public static final String TEST_NUMBER = "testNumber";
  public static final String SUMMARY = "summary";
  public static final String BACKUPS_RAN = "backupsRan";
  public static final String LAST_BACKUP_AT = "lastBackupAt";
  public static final String SOURCE_CHECKSUM = "sourceChecksum";
  public static final String BACKUP_CHECKSUM = "backupChecksum";
  public static final String SOURCE_ROW_COUNT = "sourceRowCount";
  public static final String BACKUP_ROW_COUNT = "backupRowCount";
  public static final String ENCRYPTED = "encrypted";
  public static final String STORED_OFFSITE = "storedOffsite";
  public static final String BACKUP_RECENT = "backupRecent";
  public static final String BACKUP_SOUND = "backupSound";
  public static final String RESTORE_ENVIRONMENT = "restoreEnvironment";
  public static final String RESTORE_ISOLATED = "restoreIsolated";
  public static final String INTEGRITY_VERIFIED = "integrityVerified";
  public static final String DATA_USABLE = "dataUsable";
  public static final String VERIFICATION_NOTES = "verificationNotes";
  public static final String BACKUP_TEST_PASSED = "backupTestPassed";
  public static final String INCIDENT_NUMBER = "incidentNumber";

  private final VariableScope scope;

  private BackupTestVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static BackupTestVariables of(VariableScope scope) {
    return new BackupTestVariables(scope);
  }

  public String systemId() {
    return string(SYSTEM_ID);
  }

  public String testNumber() {
    return string(TEST_NUMBER);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public boolean backupsRan() {
    return flag(BACKUPS_RAN);
  }

  public Instant lastBackupAt() {
    return Inputs.instant(scope.getVariables(), LAST_BACKUP_AT);
  }

  public String sourceChecksum() {
    return blankToNull(string(SOURCE_CHECKSUM));
  }

  public String backupChecksum() {
    return blankToNull(string(BACKUP_CHECKSUM));
  }

  public Long sourceRowCount() {
    return count(SOURCE_ROW_COUNT);
  }

  public Long backupRowCount() {
    return count(BACKUP_ROW_COUNT);
  }

  public boolean encrypted() {
    return flag(ENCRYPTED);
  }

  public boolean storedOffsite() {
    return flag(STORED_OFFSITE);
  }

  /** The latest backup finished within the backup cycle (opsflow.continuity.backup-max-age). */
  public boolean backupRecent() {
    return flag(BACKUP_RECENT);
  }

  public boolean backupSound() {
    return flag(BACKUP_SOUND);
  }

  public String restoreEnvironment() {
    return blankToNull(string(RESTORE_ENVIRONMENT));
  }

  public boolean integrityVerified() {
    return flag(INTEGRITY_VERIFIED);
  }

  public boolean dataUsable() {
    return flag(DATA_USABLE);
  }

  public String notes() {
    return blankToNull(string(VERIFICATION_NOTES));
  }

  public BackupTestVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  private boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  private Long count(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.longValue() : null;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
