package io.opsflow.change;

/** The ids of the change model's elements, messages and groups that code and tests refer to. */
public final class ChangeIds {

  public static final String PROCESS = "ChangeManagement";
  public static final String PREFIX = "CHG";
  public static final String CHANGE_REQUESTED = "ChangeRequested";
  public static final String CHANGE_COMPLETED = "ChangeCompleted";

  public static final String RFC_SUBMITTED = "Event_RfcSubmitted";
  public static final String REQUESTED_BY_PROBLEM = "Event_ChangeRequestedByProblem";
  /** A service request's standard change (its catalogue item's fulfilment), pre-approved with the item. */
  public static final String STANDARD_CHANGE_REQUESTED = "StandardChangeRequested";
  public static final String REQUESTED_BY_SERVICE_REQUEST = "Event_StandardChangeRequestedByServiceRequest";
  public static final String REGISTER = "Activity_RegisterChange";
  public static final String COMPLETE_REQUEST = "Activity_CompleteChangeRequest";
  public static final String ANALYSE_IMPACT = "Activity_AnalyseImpact";
  public static final String CLASSIFY = "Activity_ClassifyChange";
  public static final String ASSESS = "Activity_AssessChange";
  /** A normal change's owner writes the implementation and recovery plans the CAB votes on. */
  public static final String WRITE_PLANS = "Activity_WriteChangePlans";
  public static final String DETERMINE_APPROVERS = "Activity_DetermineCabApprovers";
  public static final String DETERMINE_VOTING_RULE = "Activity_DetermineVotingRule";
  public static final String VOTE = "Activity_VoteOnChange";
  public static final String VOTE_DEADLINE = "Event_VoteDeadlinePassed";
  public static final String DECIDE_ON_VOTES = "Activity_DecideOnVotesCast";
  public static final String RECORD_APPROVAL = "Activity_RecordApprovalDecision";
  public static final String NOTIFY_REJECTION = "Activity_NotifyRequesterOfRejection";
  public static final String REJECTED = "Event_ChangeRejected";
  public static final String PLAN = "Activity_PlanAndScheduleChange";
  public static final String BUILD_AND_TEST = "Activity_BuildAndTestChange";
  public static final String GO_NO_GO = "Activity_DecideGoNoGo";
  /** A large or critical emergency change is tested before it is carried out. */
  public static final String TEST_EMERGENCY = "Activity_TestEmergencyChange";
  public static final String WINDOW_OPENED = "Event_ChangeWindowOpened";
  public static final String RELEASE = "Activity_ReleaseSoftware";
  public static final String IMPLEMENT = "Activity_ImplementChange";
  public static final String VERIFY = "Activity_VerifyChange";
  public static final String RECORD_IMPLEMENTED = "Activity_RecordChangeImplemented";
  public static final String RUN_BACKOUT = "Activity_RunBackoutPlan";
  public static final String RAISE_MAJOR_INCIDENT = "Activity_RaiseMajorIncident";
  public static final String RECORD_FAILURE = "Activity_RecordChangeFailure";
  public static final String REVIEW = "Activity_ReviewChange";
  /** A standard change that succeeded skips the review, not the knowledge decision. */
  public static final String DECIDE_KNOWLEDGE = "Activity_DecideKnowledgeArticle";
  public static final String UPDATE_CMDB = "Activity_UpdateCmdb";
  public static final String REQUEST_KNOWLEDGE = "Activity_RequestKnowledgeArticle";
  public static final String CLOSE = "Activity_CloseChange";
  public static final String CLOSED = "Event_ChangeClosed";

  /** Change types, as ChangeClassification names them. */
  public static final String STANDARD = "standard";
  public static final String NORMAL = "normal";
  public static final String EMERGENCY = "emergency";

  private ChangeIds() {
  }
}
