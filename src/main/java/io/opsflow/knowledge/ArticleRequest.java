package io.opsflow.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * What another process hands knowledge management to capture as an article (a change's review, a
 * problem's known error): the typed way into the knowledge process. Title and body are cut to what
 * an article holds.
 *
 * @param ci the CMDB item the article is about, or null
 * @param source incident, problem, change or manual; {@code sourceRef} its ticket number
 */
public record ArticleRequest(String title, String body, String ci, String source, String sourceRef) {

  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    KnowledgeVariables.TITLE.put(variables, cut(title, KnowledgeBase.MAX_TITLE));
    KnowledgeVariables.BODY.put(variables, cut(body, KnowledgeBase.MAX_BODY));
    KnowledgeVariables.CI.put(variables, ci);
    KnowledgeVariables.SOURCE.put(variables, source);
    KnowledgeVariables.SOURCE_REF.put(variables, sourceRef);
    return variables;
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
