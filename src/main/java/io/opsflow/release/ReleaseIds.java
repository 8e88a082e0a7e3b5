package io.opsflow.release;

/** The ids of the release model's elements and messages that code and tests refer to. */
public final class ReleaseIds {

  public static final String PROCESS = "ReleaseManagement";
  public static final String PREFIX = "REL";
  public static final String INCIDENT_REPORTED = "ReleaseIncidentReported";

  public static final String REQUESTED = "Event_ReleaseRequested";
  public static final String REGISTER = "Activity_RegisterRelease";
  public static final String PLAN = "Activity_PlanRelease";
  public static final String PREPARE = "Activity_PrepareReleasePackage";
  public static final String TEST = "Activity_TestReleasePackage";
  public static final String DEPLOY = "Activity_DeployRelease";
  public static final String START_WATCH = "Activity_StartWatchPeriod";
  public static final String WATCH_PASSED = "Event_WatchPeriodPassed";
  /** Where the release waits for its watch period to pass or an incident on its items. */
  public static final String WATCH_OUTCOME = "Gateway_WatchOutcome";
  public static final String INCIDENT_ON_RELEASED_CIS = "Event_IncidentOnReleasedCis";
  public static final String DECIDE_ON_ROLLBACK = "Activity_DecideOnRollback";
  public static final String ROLL_BACK = "Activity_RollBackRelease";
  public static final String RECORD_ROLLBACK = "Activity_RecordRollback";
  public static final String REVIEW = "Activity_ReviewRelease";
  public static final String CLOSE = "Activity_CloseRelease";
  public static final String CLOSED = "Event_ReleaseClosed";


  /** The outcomes a release reports to its caller. */
  public static final String RELEASED = "released";
  public static final String ROLLED_BACK = "rolled-back";

  private ReleaseIds() {
  }
}
