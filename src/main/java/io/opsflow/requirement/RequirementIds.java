package io.opsflow.requirement;

/** The ids of the requirement model's elements that code and tests refer to. */
public final class RequirementIds {

  public static final String PROCESS = "RequirementDelivery";
  public static final String PREFIX = "REQ";
  public static final String REJECTED_ERROR = "RequirementRejected";

  public static final String CREATED = "Event_RequirementCreated";
  public static final String REGISTER = "Activity_RegisterRequirement";
  public static final String DETERMINE_PRIORITY = "Activity_DetermineRequirementPriority";
  public static final String SCREEN = "Activity_ScreenRequirement";
  public static final String DELIVER = "Activity_DeliverRequirement";
  public static final String ASSESS = "Activity_AssessRequirement";
  public static final String INFEASIBLE = "Event_RequirementInfeasible";
  public static final String CONFIRM_SCOPE = "Activity_ConfirmScope";
  public static final String RETURN_SCOPE = "Activity_ReturnScopeToAssessment";
  public static final String SCOPE_NOT_AGREED = "Event_ScopeNotAgreed";
  public static final String DESIGN = "Activity_DesignTechnicalSolution";
  public static final String PLAN = "Activity_PlanDevelopment";
  public static final String RECORD_PLAN = "Activity_RecordDevelopmentPlan";
  public static final String DEVELOP_TASK = "Activity_DevelopTask";
  public static final String START_DEVELOPMENT_TASK = "Activity_StartDevelopmentTask";
  public static final String REPORT_PROGRESS = "Activity_ReportProgress";
  public static final String DAILY_PROGRESS_DUE = "Event_DailyProgressDue";
  public static final String REMIND_DEVELOPER = "Activity_RemindDeveloper";
  public static final String RECORD_PROGRESS = "Activity_RecordProgress";
  public static final String TEST_TASK = "Activity_TestTask";
  public static final String RECORD_BUG = "Activity_RecordBug";
  public static final String RECORD_TASK_TESTED = "Activity_RecordTaskTested";
  public static final String APPLY_FOR_RELEASE = "Activity_ApplyForRelease";
  public static final String DEPLOY_TO_DELIVERY_TEST = "Activity_DeployToDeliveryTest";
  public static final String RECORD_RELEASE_APPLICATION = "Activity_RecordReleaseApplication";
  public static final String RUN_DELIVERY_TEST = "Activity_RunDeliveryTest";
  public static final String RECORD_DELIVERY_TEST = "Activity_RecordDeliveryTest";
  public static final String RETURN_TO_DEVELOPMENT = "Activity_ReturnToDevelopment";
  public static final String RELEASE_TO_PRODUCTION = "Activity_ReleaseToProduction";
  public static final String FEED_BACK_RELEASE_RESULT = "Activity_FeedBackReleaseResult";
  public static final String RECORD_RELEASE_RESULT = "Activity_RecordReleaseResult";
  public static final String ORGANISE_ACCEPTANCE_TEST = "Activity_OrganiseAcceptanceTest";
  public static final String CONFIRM_ACCEPTANCE = "Activity_ConfirmAcceptance";
  public static final String DELIVERED = "Event_RequirementDelivered";
  public static final String OVERDUE = "Event_RequirementOverdue";
  public static final String NOTIFY_OVERDUE = "Activity_NotifyRequirementOverdue";
  public static final String REJECTED = "Event_RequirementRejected";
  public static final String NOTIFY_REJECTION = "Activity_NotifyRequesterOfRejection";
  public static final String REJECTION_NOTIFIED = "Event_RejectionNotified";
  public static final String ARCHIVE = "Activity_ArchiveRequirement";
  public static final String REVIEW = "Activity_ReviewRequirement";
  public static final String CLOSE = "Activity_CloseRequirement";
  public static final String CLOSED = "Event_RequirementClosed";

  private RequirementIds() {
  }
}
