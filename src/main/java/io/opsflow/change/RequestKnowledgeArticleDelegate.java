package io.opsflow.change;

import io.opsflow.knowledge.ArticleRequest;
import io.opsflow.knowledge.KnowledgeRequests;
import io.opsflow.platform.process.EngineClock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * "Request knowledge article": the review found something worth keeping; a knowledge article is
 * captured from the change (what was done and what was learned) and goes to the knowledge managers'
 * review. Started in this job's transaction, so a retry never captures it twice.
 */
@Component("requestKnowledgeArticle")
record RequestKnowledgeArticleDelegate(KnowledgeRequests knowledge, ChangeRecords records) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    List<String> cis = change.get(ChangeVariables.AFFECTED_CIS);
    String body = "What was changed (" + number + "):\n"
        + Objects.toString(change.get(ChangeVariables.IMPLEMENTATION_NOTES), "-")
        + "\n\nWhat the review found:\n" + change.get(ChangeVariables.REVIEW_NOTES);
    String article = knowledge.request(new ArticleRequest(change.get(ChangeVariables.SUMMARY), body,
        cis.isEmpty() ? null : cis.get(0), "change", number));
    records.event(number, "KNOWLEDGE_REQUESTED", "article process " + article, EngineClock.now());
  }
}
