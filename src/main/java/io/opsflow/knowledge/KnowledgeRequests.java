package io.opsflow.knowledge;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts the knowledge process for another process, in that process's transaction (a retry never captures twice). */
@Service
public record KnowledgeRequests(RuntimeService runtime) {

  /** The id of the article process started. */
  public String request(ArticleRequest article) {
    return runtime.startProcessInstanceByKey(KnowledgeArticleIds.PROCESS, article.variables()).getId();
  }
}
