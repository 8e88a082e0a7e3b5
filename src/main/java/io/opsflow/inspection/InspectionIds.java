package io.opsflow.inspection;

/** The ids of the inspection models' elements that code and tests refer to. */
public final class InspectionIds {

  public static final String PROCESS = "Inspection";
  public static final String SCHEDULE = "InspectionSchedule";
  public static final String STATISTICS = "InspectionStatistics";
  public static final String PREFIX = "INS";
  public static final String DECISION = "InspectionFinding";
  /** The checklist item whose anomaly is a configuration that differs from its baseline. */
  public static final String CONFIG_UNCHANGED = "config-unchanged";
  /** The checklist item whose anomaly is an access list that differs from the approved one. */
  public static final String ACCESS_LISTS = "access-lists";
  /**
   * The items checked against the CI's configuration baseline: an anomaly is a configuration drift,
   * recorded on the reading and in the CMDB audit for the configuration audit.
   */
  public static final java.util.Set<String> BASELINE_CHECKS = java.util.Set.of(CONFIG_UNCHANGED, ACCESS_LISTS);

  // Inspection
  public static final String DUE = "Event_InspectionDue";
  public static final String PREPARE_CHECKLIST = "Activity_PrepareChecklist";
  public static final String INSPECT = "Activity_Inspect";
  public static final String OVERDUE = "Event_InspectionOverdue";
  public static final String REMIND_GROUP = "Activity_RemindInspectingGroup";
  public static final String GROUP_REMINDED = "Event_InspectingGroupReminded";
  public static final String STILL_OVERDUE = "Event_InspectionStillOverdue";
  public static final String ESCALATE = "Activity_EscalateOverdueInspection";
  public static final String ESCALATED = "Event_OverdueInspectionEscalated";
  public static final String JUDGE_READINGS = "Activity_JudgeReadings";
  public static final String OPEN_INCIDENT = "Activity_OpenIncident";
  public static final String INCIDENTS_OPENED = "Event_AnomaliesRaisedAsIncidents";
  public static final String ALL_IN_ORDER = "Event_AllInOrder";

  // InspectionSchedule
  public static final String CHECK_DUE = "Event_InspectionCheckDue";
  public static final String FIND_DUE = "Activity_FindInspectionsDue";
  public static final String START_INSPECTION = "Activity_StartInspection";
  public static final String INSPECTIONS_STARTED = "Event_InspectionsStarted";
  public static final String NONE_DUE = "Event_NoInspectionDue";

  // InspectionStatistics
  public static final String STATISTICS_DUE = "Event_MonthlyStatisticsDue";
  public static final String FIND_OWNERS = "Activity_FindInspectedCiOwners";
  public static final String MAIL_STATISTICS = "Activity_MailStatisticsToOwners";
  public static final String STATISTICS_MAILED = "Event_StatisticsMailed";
  public static final String NO_OWNER = "Event_NoOwnerToMail";

  private InspectionIds() {
  }
}
