package io.opsflow.knowledge;

import java.time.Duration;
import java.time.Instant;
import io.opsflow.identity.Roles;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import io.opsflow.platform.process.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the KnowledgeArticle model, one delegate each; they read the process's
 * variables and call the {@link KnowledgeBase}.
 */
final class KnowledgeArticleDelegates {

  private KnowledgeArticleDelegates() {
  }

  /** The review interval from configuration (default 180 days). */
  @Component
  static class ReviewInterval {
    final Duration value;

    ReviewInterval(@Value("${opsflow.knowledge.review-interval:P180D}") Duration value) {
      this.value = value;
    }

    Instant next() {
      return EngineClock.now().plus(value);
    }
  }

  /**
   * "Draft article": stores the draft and submits it. From an incident without a body, the
   * incident's resolution notes become the body, if the author may read that incident.
   */
  @Component("draftArticle")
  static class DraftArticleDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;
    private final JdbcClient jdbc;
    private final IdentityService identity;

    DraftArticleDelegate(KnowledgeBase knowledge, JdbcClient jdbc, IdentityService identity) {
      this.knowledge = knowledge;
      this.jdbc = jdbc;
      this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      String body = article.body();
      if ((body == null || body.isBlank()) && "incident".equals(article.source()) && article.sourceRef() != null) {
        body = incidentNotesFor(article.author(), article.sourceRef());
        article.set(KnowledgeVariables.BODY, body);
      }
      long id = knowledge.draft(KnowledgeBase.ARTICLE, article.title(), body, article.category(), article.ci(),
          article.source(), article.sourceRef(), article.author());
      knowledge.submit(id);
      article.set(KnowledgeVariables.ARTICLE_ID, id);
    }

    private String incidentNotesFor(String author, String incidentNumber) {
      List<String> groups = author == null ? List.of()
          : identity.createGroupQuery().groupMember(author).list().stream().map(Group::getId).toList();
      return jdbc.sql("SELECT reporter, resolution_notes FROM opsflow_incident WHERE incident_number = ?")
          .param(incidentNumber)
          .query((rs, row) -> (author != null && author.equals(rs.getString("reporter")))
              || Roles.anyOf(groups, Roles.INCIDENT_READERS) ? rs.getString("resolution_notes") : null)
          .optional().orElse(null);
    }
  }

  /** "Publish article": searchable from now on, reviewed again after the review interval. */
  @Component("publishArticle")
  static class PublishArticleDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;
    private final ReviewInterval interval;

    PublishArticleDelegate(KnowledgeBase knowledge, ReviewInterval interval) {
      this.knowledge = knowledge;
      this.interval = interval;
    }

    @Override
    public void execute(DelegateExecution execution) {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      Instant due = interval.next();
      knowledge.publish(article.articleId(), due);
      article.set(KnowledgeVariables.REVIEW_DUE, Date.from(due));
    }
  }

  /** "Save revision": the author's revised text becomes a new version, submitted again. */
  @Component("saveRevision")
  static class SaveRevisionDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;

    SaveRevisionDelegate(KnowledgeBase knowledge) {
      this.knowledge = knowledge;
    }

    @Override
    public void execute(DelegateExecution execution) {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      knowledge.revise(article.articleId(), article.title(), article.body(), article.category(), article.ci(),
          article.author(), article.reviewComments() == null ? "revised after review"
              : "revised after review: " + article.reviewComments());
      knowledge.submit(article.articleId());
    }
  }

  /** "Reject article": never published. */
  @Component("rejectArticle")
  static class RejectArticleDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;

    RejectArticleDelegate(KnowledgeBase knowledge) {
      this.knowledge = knowledge;
    }

    @Override
    public void execute(DelegateExecution execution) {
      knowledge.reject(KnowledgeVariables.of(execution).articleId());
    }
  }

  /** "Record periodic review": an update becomes a new version; either way the next review is set. */
  @Component("recordPeriodicReview")
  static class RecordPeriodicReviewDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;
    private final ReviewInterval interval;

    RecordPeriodicReviewDelegate(KnowledgeBase knowledge, ReviewInterval interval) {
      this.knowledge = knowledge;
      this.interval = interval;
    }

    @Override
    public void execute(DelegateExecution execution) {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      if ("update".equals(article.periodicDecision())) {
        knowledge.revise(article.articleId(), article.title(), article.body(), article.category(), article.ci(),
            "knowledge-manager", "periodic review");
      }
      Instant due = interval.next();
      knowledge.confirmReviewed(article.articleId(), due);
      article.set(KnowledgeVariables.REVIEW_DUE, Date.from(due));
    }
  }

  /** "Retire article": no longer found; its versions stay on record. */
  @Component("retireArticle")
  static class RetireArticleDelegate implements JavaDelegate {
    private final KnowledgeBase knowledge;

    RetireArticleDelegate(KnowledgeBase knowledge) {
      this.knowledge = knowledge;
    }

    @Override
    public void execute(DelegateExecution execution) {
      knowledge.retire(KnowledgeVariables.of(execution).articleId());
    }
  }
}
