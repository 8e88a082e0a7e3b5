package io.opsflow.knowledge;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * What may start a knowledge article: a title, a body (or an incident whose resolution notes
 * become the body) and a known source. Checked for REST starts (400 naming the field) and on the
 * start event (Tasklist's start form shows the message).
 */
@Component("knowledgeInput")
class KnowledgeInput implements StartValidator, ExecutionListener {

  static final Set<String> SOURCES = Set.of("incident", "problem", "change", "manual");

  @Override
  public String processKey() {
    return KnowledgeArticleIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(KnowledgeVariables.TITLE, KnowledgeVariables.BODY, KnowledgeVariables.CATEGORY, KnowledgeVariables.CI,
        KnowledgeVariables.SOURCE, KnowledgeVariables.SOURCE_REF);
  }

  @Override
  public void check(Map<String, Object> variables) {
    Object title = variables.get(KnowledgeVariables.TITLE);
    if (!(title instanceof String t) || t.isBlank() || t.length() > 300) {
      throw new BadRequestException(KnowledgeVariables.TITLE, "is required, at most 300 characters");
    }
    Object source = variables.get(KnowledgeVariables.SOURCE);
    if (source != null && !(source instanceof String s && (s.isBlank() || SOURCES.contains(s)))) {
      throw new BadRequestException(KnowledgeVariables.SOURCE, "must be one of incident, problem, change, manual");
    }
    Object body = variables.get(KnowledgeVariables.BODY);
    boolean fromIncident = "incident".equals(source) && variables.get(KnowledgeVariables.SOURCE_REF) instanceof String r
        && !r.isBlank();
    if (!fromIncident && (!(body instanceof String b) || b.isBlank())) {
      throw new BadRequestException(KnowledgeVariables.BODY, "is required (or name the incident whose notes to take)");
    }
    if (body instanceof String b && b.length() > 8000) {
      throw new BadRequestException(KnowledgeVariables.BODY, "is longer than 8000 characters");
    }
    maxLength(variables, KnowledgeVariables.CATEGORY, 20);
    maxLength(variables, KnowledgeVariables.CI, 200);
    maxLength(variables, KnowledgeVariables.SOURCE_REF, 40);
  }

  private static void maxLength(Map<String, Object> variables, String field, int max) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && s.length() <= max)) {
      throw new BadRequestException(field, "must be text of at most " + max + " characters");
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      check(execution.getVariables());
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), "Article not captured: " + e.field() + " " + e.getMessage());
    }
  }
}
