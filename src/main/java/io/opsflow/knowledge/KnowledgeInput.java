package io.opsflow.knowledge;

import static io.opsflow.knowledge.KnowledgeVariables.*;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What may start a knowledge article: a title, a body (or an incident whose resolution notes
 * become the body) and a known source. Checked for REST starts (400 naming the field) and on the
 * start event (Tasklist's start form shows the message).
 */
@Component("knowledgeInput")
class KnowledgeInput extends InputListener {

  KnowledgeInput() {
    super("Article not captured");
  }

  /** The start rules for starts through Camunda's REST and Tasklist. */
  @Bean
  static StartValidator knowledgeStart() {
    return StartValidator.of(KnowledgeArticleIds.PROCESS, KnowledgeVariables.START, KnowledgeInput::check);
  }

  static void check(Map<String, Object> variables) {
    if (!(variables.get(TITLE.name()) instanceof String t) || t.isBlank() || t.length() > KnowledgeBase.MAX_TITLE) {
      throw Inputs.refuse(TITLE.name(), "is required, at most " + KnowledgeBase.MAX_TITLE + " characters");
    }
    Object source = variables.get(SOURCE.name());
    if (source != null && !(source instanceof String s && (s.isBlank() || KnowledgeBase.SOURCES.contains(s)))) {
      throw Inputs.refuse(SOURCE.name(), "must be one of incident, problem, change, manual");
    }
    Object body = variables.get(BODY.name());
    boolean fromIncident = KnowledgeBase.FROM_INCIDENT.equals(source)
        && variables.get(SOURCE_REF.name()) instanceof String r && !r.isBlank();
    if (!fromIncident && (!(body instanceof String b) || b.isBlank())) {
      throw Inputs.refuse(BODY.name(), "is required (or name the incident whose notes to take)");
    }
    if (body instanceof String b && b.length() > KnowledgeBase.MAX_BODY) {
      throw Inputs.refuse(BODY.name(), "is longer than " + KnowledgeBase.MAX_BODY + " characters");
    }
    Inputs.maxText(variables, CATEGORY.name(), KnowledgeBase.MAX_CATEGORY);
    Inputs.maxText(variables, CI.name(), KnowledgeBase.MAX_CI);
    Inputs.maxText(variables, SOURCE_REF.name(), KnowledgeBase.MAX_SOURCE_REF);
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    check(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    // the article's tasks take what their forms hold; the knowledge base checks it when it stores it
  }
}
