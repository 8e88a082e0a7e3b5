package io.opsflow.continuity;

/** The ids of the continuity schedule model's elements that code and tests refer to. */
public final class ScheduleIds {

  public static final String PROCESS = "ContinuitySchedule";

  public static final String DAILY_CHECK_DUE = "Event_DailyCheckDue";
  public static final String FIND_DRILL_DUE = "Activity_FindDrillDue";
  public static final String START_DRILL = "Activity_StartDrill";
  public static final String DRILL_STARTED = "Event_DrillStarted";
  public static final String NO_DRILL_DUE = "Event_NoDrillDue";
  public static final String FIND_BACKUP_TEST_DUE = "Activity_FindBackupTestDue";
  public static final String START_BACKUP_TEST = "Activity_StartBackupTest";
  public static final String BACKUP_TEST_STARTED = "Event_BackupTestStarted";
  public static final String NO_BACKUP_TEST_DUE = "Event_NoBackupTestDue";

  private ScheduleIds() {
  }
}
