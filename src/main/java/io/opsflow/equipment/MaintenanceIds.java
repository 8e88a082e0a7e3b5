package io.opsflow.equipment;

/** The ids of the preventive maintenance models' elements (PreventiveMaintenance, MaintenanceSchedule). */
public final class MaintenanceIds {

  public static final String PROCESS = "PreventiveMaintenance";
  public static final String SCHEDULE = "MaintenanceSchedule";
  public static final String PREFIX = "MNT";

  public static final String DUE = "Event_MaintenanceDue";
  public static final String PREPARE = "Activity_PrepareMaintenance";
  public static final String CARRY_OUT = "Activity_CarryOutMaintenance";
  public static final String RECORD = "Activity_RecordMaintenance";
  public static final String FINDING = "Gateway_FindingFound";
  public static final String OPEN_REPAIRS = "Activity_OpenRepairs";
  public static final String FINDINGS_HANDLED = "Gateway_FindingsHandled";
  public static final String REVIEW = "Activity_ReviewFeedback";
  public static final String ADJUST = "Gateway_AdjustPlan";
  public static final String NEW_PLAN_VERSION = "Activity_AdjustPlan";
  public static final String REVIEWED = "Gateway_FeedbackReviewed";
  public static final String CLOSE = "Activity_CloseMaintenance";
  public static final String CLOSED = "Event_MaintenanceClosed";

  // MaintenanceSchedule
  public static final String CHECK_DUE = "Event_MaintenanceCheckDue";
  public static final String FIND_DUE = "Activity_FindMaintenanceDue";
  public static final String ANY_DUE = "Gateway_MaintenanceDue";
  public static final String START = "Activity_StartMaintenance";
  public static final String STARTED = "Event_MaintenanceStarted";
  public static final String NONE_DUE = "Event_NoMaintenanceDue";

  private MaintenanceIds() {
  }
}
