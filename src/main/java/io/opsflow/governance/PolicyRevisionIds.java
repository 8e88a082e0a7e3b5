package io.opsflow.governance;

/** The ids of PolicyRevision's elements that code and tests refer to. */
public final class PolicyRevisionIds {

  public static final String PROCESS = "PolicyRevision";
  public static final String PREFIX = "POL";

  public static final String REQUESTED = "Event_RevisionRequested";
  public static final String REGISTER = "Activity_RegisterPolicy";
  public static final String DRAFT = "Activity_DraftPolicy";
  public static final String REVIEW = "Activity_ReviewPolicy";
  public static final String CHANGES_REQUESTED = "Gateway_ChangesRequested";
  public static final String APPROVE = "Activity_ApprovePolicy";
  public static final String APPROVED = "Gateway_PolicyApproved";
  public static final String PUBLISH = "Activity_PublishPolicy";
  public static final String ACKNOWLEDGE = "Activity_AcknowledgePolicy";
  public static final String REMINDER_DUE = "Event_AcknowledgementReminderDue";
  public static final String REMIND_READERS = "Activity_RemindReaders";
  public static final String REMINDED = "Event_ReadersReminded";
  public static final String EVALUATION_DUE = "Event_EvaluationDue";
  public static final String EVALUATE = "Activity_EvaluatePolicy";
  public static final String OUTCOME = "Gateway_EvaluationOutcome";
  public static final String RECORD_CONFIRMATION = "Activity_RecordConfirmation";
  public static final String RETIRE = "Activity_RetirePolicy";
  public static final String RETIRED = "Event_PolicyRetired";

  private PolicyRevisionIds() {
  }
}
