package io.opsflow.continuity;

/** The ids of the backup restore test model's elements that code and tests refer to. */
public final class BackupTestIds {

  public static final String PROCESS = "BackupRestoreTest";
  public static final String PREFIX = "BRT";

  public static final String TEST_DUE_MESSAGE = "BackupTestDue";

  public static final String TEST_REQUESTED = "Event_BackupTestRequested";
  public static final String TEST_DUE = "Event_BackupTestDue";
  public static final String REGISTER = "Activity_RegisterBackupTest";
  public static final String VERIFY_BACKUPS = "Activity_VerifyBackups";
  public static final String COMPARE_WITH_SOURCE = "Activity_CompareBackupWithSource";
  public static final String RESTORE = "Activity_RestoreBackupInIsolation";
  public static final String VERIFY_RESTORED_DATA = "Activity_VerifyRestoredData";
  public static final String RECORD_RESULT = "Activity_RecordBackupTestResult";
  public static final String OPEN_INCIDENT = "Activity_OpenBackupIncident";
  public static final String PASSED = "Event_BackupTestPassed";
  public static final String FAILURE_REPORTED = "Event_BackupFailureReported";

  private BackupTestIds() {
  }
}
