package io.opsflow.continuity;

/** The ids of the drill model's elements that code and tests refer to. */
public final class DrillIds {

  public static final String PROCESS = "DisasterRecoveryDrill";
  public static final String PREFIX = "DRD";

  public static final String DRILL_DUE_MESSAGE = "DrillDue";

  public static final String DRILL_REQUESTED = "Event_DrillRequested";
  public static final String DRILL_DUE = "Event_DrillDue";
  public static final String REGISTER = "Activity_RegisterDrill";
  public static final String DRAFT_PLAN = "Activity_DraftDrillPlan";
  public static final String APPROVE_PLAN = "Activity_ApproveDrillPlan";
  public static final String NOTIFY_STAKEHOLDERS = "Activity_NotifyStakeholders";
  public static final String WINDOW_OPENED = "Event_DrillWindowOpened";
  public static final String RECOVER_SYSTEMS = "Activity_RecoverSystems";
  public static final String EXECUTE_FAILOVER = "Activity_ExecuteFailover";
  public static final String NOT_RECOVERED_IN_TIME = "Event_SystemNotRecoveredInTime";
  public static final String ESCALATE = "Activity_EscalateToIncidentManager";
  public static final String INCIDENT_MANAGER_ALERTED = "Event_IncidentManagerAlerted";
  public static final String MEASURE_RECOVERY = "Activity_MeasureRecovery";
  public static final String TEST_RECOVERY = "Activity_TestRecovery";
  public static final String JUDGE_SYSTEM = "Activity_JudgeSystemRecovery";
  public static final String RECORD_SYSTEM_RESULT = "Activity_RecordSystemResult";
  public static final String SUMMARISE = "Activity_SummariseSystemResults";
  public static final String DECIDE_VERDICT = "Activity_DecideDrillVerdict";
  public static final String EVALUATE = "Activity_EvaluateDrill";
  public static final String PUBLISH_REPORT = "Activity_PublishDrillReport";
  public static final String REVIEW_PLAN = "Activity_ReviewDrPlan";
  public static final String RECORD_PLAN_CONFIRMED = "Activity_RecordPlanConfirmed";
  public static final String REVISE_PLAN = "Activity_RevisePlan";
  public static final String SAVE_REVISION = "Activity_SavePlanRevision";
  public static final String CLOSED = "Event_DrillClosed";

  private DrillIds() {
  }
}
