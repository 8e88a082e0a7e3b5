package io.opsflow.securityassessment;

import java.util.Set;

/** The ids of SecurityAssessment's elements, and the values of its choices, that code and tests refer to. */
public final class SecurityAssessmentIds {

  public static final String PROCESS = "SecurityAssessment";
  public static final String PREFIX = "SEC";
  public static final String DECISION = "SecurityRisk";

  public static final String REQUESTED = "Event_AssessmentRequested";
  public static final String REGISTER = "Activity_RegisterAssessment";
  public static final String CARRY_OUT = "Activity_CarryOutAssessment";
  public static final String RECORD_FINDINGS = "Activity_RecordFindings";
  public static final String TREAT_FINDING = "Activity_TreatFinding";
  public static final String RATE_RISK = "Activity_RateRisk";
  public static final String REMEDIATE = "Activity_RemediateFinding";
  public static final String DECIDE_TREATMENT = "Activity_DecideTreatment";
  public static final String RECORD_ACCEPTANCE = "Activity_RecordAcceptance";
  public static final String RISK_ACCEPTED = "Event_RiskAccepted";
  public static final String REQUEST_CHANGE = "Activity_RequestChange";
  public static final String RETEST = "Activity_RetestFix";
  public static final String FINDING_FIXED = "Event_FindingFixed";
  public static final String OVERDUE = "Event_RemediationOverdue";
  public static final String OVERDUE_ESCALATED = "Event_OverdueEscalated";
  public static final String REPORT = "Activity_ReportAssessment";
  public static final String REPORTED = "Event_AssessmentReported";

  // SecurityAssessmentSchedule
  public static final String SCHEDULE = "SecurityAssessmentSchedule";
  public static final String QUARTER_BEGINS = "Event_QuarterDue";
  public static final String START_QUARTER_ASSESSMENT = "Activity_StartQuarterAssessment";
  public static final String ASSESSMENT_STARTED = "Event_AssessmentStarted";
  public static final String QUARTER_ASSESSED_ALREADY = "Event_QuarterAssessedAlready";

  public static final String SCHEDULED_METHOD = "vulnerability-scan";
  public static final Set<String> METHODS = Set.of(SCHEDULED_METHOD, "penetration-test", "configuration-review");
  public static final Set<String> RATINGS = Set.of("critical", "high", "medium", "low");
  /** The ratings and risk levels as a person reads them. */
  public static final java.util.Map<String, String> LEVEL_NAMES = java.util.Map.of("critical", "Critical / 严重",
      "high", "High / 高", "medium", "Medium / 中", "low", "Low / 低");
  public static final Set<String> EXPOSURES = Set.of("internet", "internal");
  public static final String REMEDIATE_CHOICE = "remediate";
  public static final String ACCEPT_CHOICE = "accept";
  public static final Set<String> TREATMENTS = Set.of(REMEDIATE_CHOICE, ACCEPT_CHOICE);

  private SecurityAssessmentIds() {
  }
}
