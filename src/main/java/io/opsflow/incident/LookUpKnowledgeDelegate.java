package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.knowledge.KnowledgeBase;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Look up knowledge": the articles and known errors the service desk sees on its task. */
@Component("lookUpKnowledge")
record LookUpKnowledgeDelegate(KnowledgeBase knowledge) implements IncidentVariables.Step {

  /** Camunda keeps a string variable in at most 4000 characters: five articles of 600 fit. */
  static final int BODY_SHOWN = 600;

  @Override
  public void execute(IncidentVariables incident) {
    List<KnowledgeBase.Article> found = knowledge.suggestions(
        incident.get(SUMMARY) + " " + (incident.get(DESCRIPTION) == null ? "" : incident.get(DESCRIPTION)),
        incident.get(CATEGORY), incident.get(AFFECTED_CI), 5);
    StringBuilder text = new StringBuilder();
    for (KnowledgeBase.Article article : found) {
      text.append(KnowledgeBase.KNOWN_ERROR.equals(article.kind()) ? "[Known error] " : "[Article] ")
          .append(article.title()).append("\n  ").append(shortened(article.body(), BODY_SHOWN)).append("\n\n");
    }
    incident.set(KNOWLEDGE_SUGGESTIONS,
        found.isEmpty() ? "No matching article or known error." : text.toString().strip());
  }

  private static String shortened(String body, int max) {
    return body.length() <= max ? body : body.substring(0, max - 1) + "…";
  }
}
