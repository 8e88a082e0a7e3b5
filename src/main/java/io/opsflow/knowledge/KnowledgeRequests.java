package io.opsflow.knowledge;

import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts the knowledge process for another process, in that process's transaction (a retry never captures twice). */
@Service
public record KnowledgeRequests(RuntimeService runtime) {

  /** The id of the article process started. */
  public String request(ArticleRequest article) {
    return runtime.startProcessInstanceByKey(KnowledgeArticleIds.PROCESS, article.variables()).getId();
  }

  /**
   * Has a known error, published at once, reviewed by a knowledge manager within the configured
   * time, unless a knowledge process already looks after that article.
   */
  public void reviewKnownError(long articleId) {
    boolean looked = runtime.createProcessInstanceQuery().processDefinitionKey(KnowledgeArticleIds.PROCESS)
        .variableValueEquals(KnowledgeVariables.ARTICLE_ID.name(), articleId).count() > 0;
    if (!looked) {
      Map<String, Object> variables = new HashMap<>();
      KnowledgeVariables.ARTICLE_ID.put(variables, articleId);
      StartMessages.startIfReceived(runtime, KnowledgeArticleIds.KNOWN_ERROR_PUBLISHED_MESSAGE, variables);
    }
  }
}
