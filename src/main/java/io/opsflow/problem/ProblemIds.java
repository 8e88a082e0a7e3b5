package io.opsflow.problem;

/** The ids of the problem model's elements and messages that code and tests refer to. */
public final class ProblemIds {

  public static final String PROCESS = "ProblemManagement";
  public static final String PREFIX = "PRB";
  public static final String PROBLEM_RAISED = "ProblemRaised";
  public static final String PROBLEM_RECURRED = "ProblemRecurred";
  public static final String CHANGE_REQUESTED = "ChangeRequested";
  public static final String CHANGE_COMPLETED = "ChangeCompleted";

  public static final String RAISED_BY_INCIDENT = "Event_ProblemRaisedByIncident";
  public static final String IDENTIFIED = "Event_ProblemIdentified";
  public static final String FIND_OPEN_PROBLEM = "Activity_FindOpenProblem";
  public static final String LINK_INCIDENT = "Activity_LinkIncidentToOpenProblem";
  public static final String INCIDENT_LINKED = "Event_IncidentLinkedToOpenProblem";
  public static final String REGISTER = "Activity_RegisterProblem";
  public static final String RECORD_AND_CLASSIFY = "Activity_RecordAndClassifyProblem";
  public static final String DETERMINE_PRIORITY = "Activity_DetermineProblemPriority";
  public static final String ROUTE_INVESTIGATION = "Activity_RouteInvestigation";
  public static final String INVESTIGATE = "Activity_InvestigateRootCause";
  public static final String PUBLISH_KNOWN_ERROR = "Activity_PublishKnownError";
  public static final String DECIDE_FIX = "Activity_DecideFix";
  public static final String REQUEST_CHANGE = "Activity_RequestChange";
  public static final String AWAIT_CHANGE = "Activity_AwaitChangeOutcome";
  public static final String CHANGE_REMINDER = "Event_ChangeOutcomeOverdue";
  public static final String REMIND_PROBLEM_MANAGER = "Activity_RemindProblemManager";
  public static final String RECORD_FIX_APPLIED = "Activity_RecordFixApplied";
  public static final String VERIFICATION_PASSED = "Event_VerificationWindowPassed";
  public static final String CONFIRM_FIX_VERIFIED = "Activity_ConfirmFixVerified";
  public static final String RECURRED = "Event_ProblemRecurred";
  public static final String REOPEN_INVESTIGATION = "Activity_ReopenInvestigation";
  public static final String FEED_BACK = "Activity_FeedBackSolution";
  public static final String CLOSED = "Event_ProblemClosed";

  private ProblemIds() {
  }
}
