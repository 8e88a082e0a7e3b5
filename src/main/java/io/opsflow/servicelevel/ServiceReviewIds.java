package io.opsflow.servicelevel;

/** The ids of ServiceReview's elements that code and tests refer to. */
public final class ServiceReviewIds {

  public static final String PROCESS = "ServiceReview";
  public static final String PREFIX = "SRV";
  public static final String DECISION = "ServiceLevelVerdict";

  public static final String CHECK_DUE = "Event_ReviewCheckDue";
  public static final String OPEN_REVIEW = "Activity_OpenReview";
  public static final String NO_REVIEW_DUE = "Event_NoReviewDue";
  public static final String PRODUCE_REPORT = "Activity_ProduceReport";
  public static final String OPEN_PROBLEMS = "Activity_OpenProblems";
  public static final String REVIEW = "Activity_ReviewServiceLevels";
  public static final String RECORD_REVIEW = "Activity_RecordReview";
  public static final String CLOSED_WITHOUT_ACTIONS = "Event_ReviewRecordedWithoutActions";
  public static final String FOLLOW_ACTION = "Activity_FollowImprovementAction";
  public static final String CARRY_OUT_ACTION = "Activity_CarryOutAction";
  public static final String ACTION_REMINDER = "Event_ActionReminderDue";
  public static final String ACTION_OVERDUE = "Event_ActionOverdue";
  public static final String REVIEW_CLOSED = "Event_ReviewClosed";

  private ServiceReviewIds() {
  }
}
