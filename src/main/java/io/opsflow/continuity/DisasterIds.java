package io.opsflow.continuity;

/**
 * The ids of the disaster model's elements that code and tests refer to. The per-system
 * recovery and the plan revision carry the same ids as in the drill ({@link DrillIds}).
 */
public final class DisasterIds {

  public static final String PROCESS = "DisasterRecovery";
  public static final String PREFIX = "DRE";
  public static final String DISASTER_DECLARED_MESSAGE = "DisasterDeclared";

  public static final String DISASTER_DECLARED = "Event_DisasterDeclared";
  public static final String DECLARED_BY_INCIDENT = "Event_DisasterDeclaredByIncident";
  public static final String REGISTER = "Activity_RegisterDisaster";
  public static final String ACTIVATE_PLAN = "Activity_ActivateDrPlan";
  public static final String RECOVER_SYSTEMS = DrillIds.RECOVER_SYSTEMS;
  public static final String EXECUTE_FAILOVER = DrillIds.EXECUTE_FAILOVER;
  public static final String RTO_PASSED = "Event_RecoveryTimeObjectivePassed";
  public static final String ESCALATE = DrillIds.ESCALATE;
  public static final String INCIDENT_MANAGER_ALERTED = DrillIds.INCIDENT_MANAGER_ALERTED;
  public static final String MEASURE_RECOVERY = DrillIds.MEASURE_RECOVERY;
  public static final String TEST_RECOVERY = DrillIds.TEST_RECOVERY;
  public static final String SERVICE_CHECKS_PASS = "Gateway_ServiceChecksPass";
  public static final String JUDGE_SYSTEM = DrillIds.JUDGE_SYSTEM;
  public static final String RECORD_SYSTEM_RESULT = DrillIds.RECORD_SYSTEM_RESULT;
  public static final String ANNOUNCE_RESTORED = "Activity_AnnounceServiceRestored";
  public static final String SUMMARISE = DrillIds.SUMMARISE;
  public static final String DECIDE_VERDICT = "Activity_DecideRecoveryVerdict";
  public static final String EVALUATE = "Activity_EvaluateDisasterRecovery";
  public static final String PUBLISH_REPORT = "Activity_PublishDisasterReport";
  public static final String REVISE_PLAN = DrillIds.REVISE_PLAN;
  public static final String SAVE_REVISION = DrillIds.SAVE_REVISION;
  public static final String CLOSED = "Event_DisasterReviewed";

  private DisasterIds() {
  }
}
