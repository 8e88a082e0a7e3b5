package io.opsflow.continuity;

/** The ids of the continuity schedule model's elements that code and tests refer to. */
public final class ScheduleIds {

  public static final String PROCESS = "ContinuitySchedule";

  public static final String DAILY_CHECK_DUE = "Event_DailyCheckDue";
  /** "Find drills due" keeps the id it had as "Find drill due": the Cockpit browser test looks for it. */
  public static final String FIND_DRILLS_DUE = "Activity_FindDrillDue";
  public static final String START_DRILL = "Activity_StartDrill";
  public static final String DRILLS_STARTED = "Event_DrillsStarted";
  public static final String NO_DRILL_DUE = "Event_NoDrillDue";
  public static final String FIND_BACKUP_TESTS_DUE = "Activity_FindBackupTestsDue";
  public static final String START_BACKUP_TEST = "Activity_StartBackupTest";
  public static final String BACKUP_TESTS_STARTED = "Event_BackupTestsStarted";
  public static final String NO_BACKUP_TEST_DUE = "Event_NoBackupTestDue";

  private ScheduleIds() {
  }
}
