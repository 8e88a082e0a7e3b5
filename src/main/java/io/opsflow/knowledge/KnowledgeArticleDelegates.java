package io.opsflow.knowledge;

import static io.opsflow.knowledge.KnowledgeVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentRecords;
import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the KnowledgeArticle model, one delegate bean each (named as the model
 * names them); they read the process's variables and call the {@link KnowledgeBase}. An article
 * is reviewed again after the review interval from configuration (default 180 days).
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeArticleDelegates {

  private final KnowledgeBase knowledge;
  private final Duration reviewInterval;
  private final Duration knownErrorReviewWithin;

  KnowledgeArticleDelegates(KnowledgeBase knowledge,
      @Value("${opsflow.knowledge.review-interval:P180D}") Duration reviewInterval,
      @Value("${opsflow.knowledge.known-error-review-within:P5D}") Duration knownErrorReviewWithin) {
    this.knowledge = knowledge;
    this.reviewInterval = reviewInterval;
    this.knownErrorReviewWithin = knownErrorReviewWithin;
  }

  /**
   * "Draft article": stores the draft and submits it. From an incident without a body, the
   * incident's resolution notes become the body, if the author may read that incident.
   */
  @Bean
  JavaDelegate draftArticle(IncidentRecords incidents, IdentityService identity) {
    return execution -> {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      String body = article.get(BODY);
      String author = article.get(AUTHOR);
      if ((body == null || body.isBlank()) && KnowledgeBase.FROM_INCIDENT.equals(article.source())
          && article.get(SOURCE_REF) != null) {
        List<String> groups = author == null ? List.of()
            : identity.createGroupQuery().groupMember(author).list().stream().map(Group::getId).toList();
        body = incidents.find(article.get(SOURCE_REF))
            .filter(incident -> author != null && author.equals(incident.reporter())
                || Roles.anyOf(groups, Roles.INCIDENT_READERS))
            .map(IncidentRecords.Incident::resolutionNotes).orElse(null);
        article.set(BODY, body);
      }
      long id = knowledge.draft(KnowledgeBase.ARTICLE, article.get(TITLE), body, article.get(CATEGORY), article.get(CI),
          article.source(), article.get(SOURCE_REF), author);
      knowledge.submit(id);
      article.set(ARTICLE_ID, id);
    };
  }

  /** "Publish article": searchable from now on, reviewed again after the review interval. */
  @Bean
  JavaDelegate publishArticle() {
    return execution -> {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      Instant due = nextReview();
      knowledge.publish(article.get(ARTICLE_ID), due);
      article.set(REVIEW_DUE, due);
    };
  }

  /**
   * "Schedule known-error review": a known error published at once is reviewed within the
   * configured time (default 5 days); its current text is what the knowledge manager sees.
   */
  @Bean
  JavaDelegate scheduleKnownErrorReview() {
    return execution -> {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      KnowledgeBase.Stored stored = knowledge.find(article.get(ARTICLE_ID)).orElseThrow();
      article.set(TITLE, stored.title());
      article.set(BODY, stored.body());
      article.set(CATEGORY, stored.category());
      article.set(CI, stored.ci());
      article.set(SOURCE, stored.source());
      article.set(SOURCE_REF, stored.sourceRef());
      Instant due = EngineClock.now().plus(knownErrorReviewWithin);
      knowledge.publish(stored.id(), due);
      article.set(REVIEW_DUE, due);
    };
  }

  /** "Save revision": the author's revised text becomes a new version, submitted again. */
  @Bean
  JavaDelegate saveRevision() {
    return execution -> {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      String comments = article.get(REVIEW_COMMENTS);
      revise(article, article.get(AUTHOR),
          comments == null ? "revised after review" : "revised after review: " + comments);
      knowledge.submit(article.get(ARTICLE_ID));
    };
  }

  /** "Reject article": never published. */
  @Bean
  JavaDelegate rejectArticle() {
    return execution -> knowledge.reject(KnowledgeVariables.of(execution).get(ARTICLE_ID));
  }

  /** "Record periodic review": an update becomes a new version; either way the next review is set. */
  @Bean
  JavaDelegate recordPeriodicReview() {
    return execution -> {
      KnowledgeVariables article = KnowledgeVariables.of(execution);
      if ("update".equals(article.get(PERIODIC_DECISION))) {
        revise(article, Roles.KNOWLEDGE_MANAGER, "periodic review");
      }
      Instant due = nextReview();
      knowledge.confirmReviewed(article.get(ARTICLE_ID), due);
      article.set(REVIEW_DUE, due);
    };
  }

  /** "Retire article": no longer found; its versions stay on record. */
  @Bean
  JavaDelegate retireArticle() {
    return execution -> knowledge.retire(KnowledgeVariables.of(execution).get(ARTICLE_ID));
  }

  private void revise(KnowledgeVariables article, String changedBy, String note) {
    knowledge.revise(article.get(ARTICLE_ID), article.get(TITLE), article.get(BODY), article.get(CATEGORY),
        article.get(CI), changedBy, note);
  }

  private Instant nextReview() {
    return EngineClock.now().plus(reviewInterval);
  }
}
