package io.opsflow.change;

import io.opsflow.knowledge.ArticleRequest;
import io.opsflow.knowledge.KnowledgeRequests;
import io.opsflow.platform.process.EngineClock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Request knowledge article": the review found something worth keeping; a knowledge article is
 * captured from the change (what was done and what was learned) and goes to the knowledge managers'
 * review. Started in this job's transaction, so a retry never captures it twice.
 */
@Component("requestKnowledgeArticle")
class RequestKnowledgeArticleDelegate implements JavaDelegate {

  private final KnowledgeRequests knowledge;
  private final ChangeRecords records;

  RequestKnowledgeArticleDelegate(KnowledgeRequests knowledge, ChangeRecords records) {
    this.knowledge = knowledge;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.changeNumber();
    String body = "What was changed (" + number + "):\n" + Objects.toString(change.implementationNotes(), "-")
        + "\n\nWhat the review found:\n" + change.reviewNotes();
    String article = knowledge.request(new ArticleRequest(change.summary(), body,
        change.affectedCis().isEmpty() ? null : change.affectedCis().get(0), "change", number));
    records.event(number, "KNOWLEDGE_REQUESTED", "article process " + article, EngineClock.now());
  }
}
