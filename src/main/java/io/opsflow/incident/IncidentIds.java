package io.opsflow.incident;

import io.opsflow.identity.Roles;
import java.util.List;

/** The ids of the incident model's elements that code and tests refer to. */
public final class IncidentIds {

  public static final String PROCESS = "IncidentManagement";
  public static final String PREFIX = "INC";
  public static final String PROBLEM_RAISED = "ProblemRaised";
  /** The message an equipment repair sends the incident that handed it a hardware fault, when it ends. */
  public static final String EQUIPMENT_REPAIRED = io.opsflow.equipment.EquipmentRepairIds.EQUIPMENT_REPAIRED;

  public static final String REPORTED = "Event_IncidentReported";
  public static final String REGISTER = "Activity_RegisterIncident";
  public static final String ACKNOWLEDGE = "Activity_AcknowledgeReporter";
  public static final String DETERMINE_PRIORITY = "Activity_DeterminePriority";
  public static final String DETERMINE_SLA_TARGETS = "Activity_DetermineSlaTargets";
  public static final String SET_DUE_DATES = "Activity_SetSlaDueDates";
  public static final String LOOK_UP_KNOWLEDGE = "Activity_LookUpKnowledge";
  public static final String TRY_FIRST_CONTACT_RESOLUTION = "Activity_TryFirstContactResolution";
  public static final String RESPONSE_TARGET_PASSED = "Event_ResponseDue";
  public static final String WARN_SERVICE_DESK_LEAD = "Activity_WarnServiceDeskLead";
  public static final String SERVICE_DESK_LEAD_WARNED = "Event_ServiceDeskLeadWarned";
  public static final String RESPONSE_OVERDUE = "Event_ResponseOverdue";
  public static final String ESCALATE_UNANSWERED = "Activity_EscalateUnansweredIncident";
  public static final String UNANSWERED_ESCALATED = "Event_UnansweredIncidentEscalated";
  public static final String ROUTE = "Activity_RouteIncident";
  public static final String START_TIER_CLOCK = "Activity_StartTierClock";
  public static final String RESOLVE_AT_TIER = "Activity_ResolveAtTier";
  public static final String REQUEST_EQUIPMENT_REPAIR = "Activity_RequestEquipmentRepair";
  public static final String AWAIT_EQUIPMENT_REPAIR = "Activity_AwaitEquipmentRepair";
  public static final String RESOLUTION_OVERDUE_DURING_REPAIR = "Event_ResolutionOverdueDuringRepair";
  public static final String TIER_SLA_WARNING = "Event_TierSlaWarning";
  public static final String TIER_SLA_BREACHED = "Event_TierSlaBreached";
  public static final String RESOLUTION_OVERDUE = "Event_ResolutionOverdue";
  public static final String ESCALATE_OVERDUE_RESOLUTION = "Activity_EscalateOverdueResolution";
  public static final String OVERDUE_RESOLUTION_ESCALATED = "Event_OverdueResolutionEscalated";
  public static final String WARN_INCIDENT_MANAGER = "Activity_WarnIncidentManager";
  public static final String INCIDENT_MANAGER_WARNED = "Event_IncidentManagerWarned";
  public static final String RECORD_SLA_BREACH = "Activity_RecordSlaBreach";
  public static final String ESCALATE = "Activity_EscalateIncident";
  public static final String RESOLVE_BREACHED_INCIDENT = "Activity_ResolveBreachedIncident";
  public static final String COORDINATE_MAJOR_INCIDENT = "Activity_CoordinateMajorIncident";
  public static final String RECORD_EMERGENCY_PLAN = "Activity_RecordEmergencyPlan";
  public static final String RECORD_RESOLUTION = "Activity_RecordResolution";
  public static final String NOTIFY_RESOLUTION = "Activity_NotifyReporterOfResolution";
  public static final String CONFIRM_RESOLUTION = "Activity_ConfirmResolution";
  public static final String NO_ANSWER = "Event_NoAnswerFromReporter";
  public static final String REOPEN = "Activity_ReopenIncident";
  public static final String REVIEW_MAJOR_INCIDENT = "Activity_ReviewMajorIncident";
  public static final String CLOSE = "Activity_CloseIncident";
  public static final String DECIDE_PROBLEM = "Activity_DecideProblemRecord";
  public static final String RAISE_PROBLEM = "Activity_RaiseProblem";
  public static final String CLOSED = "Event_IncidentClosed";
  public static final String CLOSED_PROBLEM_RAISED = "Event_IncidentClosedProblemRaised";

  /** The support tiers in escalation order. */
  public static final String L1 = Roles.SUPPORT_L1;
  public static final String L2 = Roles.SUPPORT_L2;
  public static final String L3 = Roles.SUPPORT_L3;
  public static final List<String> TIERS = List.of(L1, L2, L3);
  /** The groups that work an incident at L2. */
  public static final List<String> L2_GROUPS = Roles.SUPPORT_L2_GROUPS;
  /** The kinds of emergency plan a major incident names. */
  public static final String DR_PLAN = "dr-plan";
  public static final String RUNBOOK = "runbook";

  private IncidentIds() {
  }
}
