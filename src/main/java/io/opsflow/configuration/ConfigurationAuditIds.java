package io.opsflow.configuration;

/** The ids of the configuration audit's models that code and tests refer to. */
public final class ConfigurationAuditIds {

  public static final String PROCESS = "ConfigurationAudit";
  public static final String SCHEDULE = "ConfigurationAuditSchedule";
  public static final String PREFIX = "CAU";

  /** The kinds of discrepancy. */
  public static final String ATTRIBUTE_DIFFERS = "attribute-differs";
  public static final String ITEM_MISSING = "item-missing";
  public static final String NOT_RECORDED = "not-recorded";
  public static final String RELATION_WRONG = "relation-wrong";

  /** The configuration manager's decisions on a discrepancy. */
  public static final String CORRECT = "correct";
  public static final String RAISE_CHANGE = "change";
  public static final String ACCEPT = "accept";
  public static final java.util.Set<String> DECISIONS = java.util.Set.of(CORRECT, RAISE_CHANGE, ACCEPT);

  // ConfigurationAudit
  public static final String REQUESTED = "Event_AuditRequested";
  public static final String REGISTER = "Activity_RegisterAudit";
  public static final String LIST_DISCREPANCIES = "Activity_ListDiscrepancies";
  public static final String SETTLE = "SubProcess_SettleDiscrepancy";
  public static final String CHECK_CHANGES = "Activity_CheckApprovedChanges";
  public static final String FLAG_UNAUTHORISED = "Activity_FlagUnauthorisedChange";
  public static final String DECIDE = "Activity_DecideDiscrepancy";
  public static final String CORRECT_CMDB = "Activity_CorrectCmdb";
  public static final String RAISE = "Activity_RaiseChange";
  public static final String RECORD_ACCEPTANCE = "Activity_RecordAcceptance";
  public static final String SETTLED = "Event_DiscrepancySettled";
  public static final String REPORT = "Activity_CompleteAuditReport";
  public static final String REPORTED = "Event_AuditReported";

  // ConfigurationAuditSchedule
  public static final String MONTHLY_DUE = "Event_MonthlyAuditDue";
  public static final String START_AUDIT = "Activity_StartConfigurationAudit";
  public static final String AUDIT_STARTED = "Event_ConfigurationAuditStarted";

  private ConfigurationAuditIds() {
  }
}
