package io.opsflow.knowledge;

/** The ids of the knowledge model's elements that code and tests refer to. */
public final class KnowledgeArticleIds {

  public static final String PROCESS = "KnowledgeArticle";
  public static final String CAPTURED = "Event_KnowledgeCaptured";
  public static final String DRAFT = "Activity_DraftArticle";
  public static final String REVIEW = "Activity_ReviewArticle";
  public static final String PUBLISH = "Activity_PublishArticle";
  public static final String REVIEW_DUE = "Event_ReviewDue";
  public static final String KNOWN_ERROR_PUBLISHED = "Event_KnownErrorPublished";
  /** The message that starts the review of a known error published at once. */
  public static final String KNOWN_ERROR_PUBLISHED_MESSAGE = "KnownErrorPublished";
  public static final String SCHEDULE_KNOWN_ERROR_REVIEW = "Activity_ScheduleKnownErrorReview";
  public static final String PERIODIC_REVIEW = "Activity_ReviewPublishedArticle";
  public static final String RECORD_PERIODIC_REVIEW = "Activity_RecordPeriodicReview";
  public static final String RETIRE = "Activity_RetireArticle";
  public static final String RETIRED = "Event_ArticleRetired";
  public static final String REVISE = "Activity_ReviseArticle";
  public static final String SAVE_REVISION = "Activity_SaveRevision";
  public static final String REJECT = "Activity_RejectArticle";
  public static final String REJECTED = "Event_ArticleRejected";

  private KnowledgeArticleIds() {
  }
}
