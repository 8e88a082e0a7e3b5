package io.opsflow.change;

import io.opsflow.platform.EngineClock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
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

  static final String KNOWLEDGE_PROCESS = "KnowledgeArticle";

  private final RuntimeService runtime;
  private final ChangeRecords records;

  RequestKnowledgeArticleDelegate(RuntimeService runtime, ChangeRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.changeNumber();
    Map<String, Object> article = new HashMap<>();
    article.put("title", change.summary().length() > 280 ? change.summary().substring(0, 280) : change.summary());
    String body = "What was changed (" + number + "):\n" + Objects.toString(change.implementationNotes(), "-")
        + "\n\nWhat the review found:\n" + change.reviewNotes();
    article.put("body", body.length() > 8000 ? body.substring(0, 8000) : body);
    article.put("ci", change.affectedCis().isEmpty() ? null : change.affectedCis().get(0));
    article.put("source", "change");
    article.put("sourceRef", number);
    var instance = runtime.startProcessInstanceByKey(KNOWLEDGE_PROCESS, article);
    records.event(number, "KNOWLEDGE_REQUESTED", "article process " + instance.getId(), EngineClock.now());
  }
}
