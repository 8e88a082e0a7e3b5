package io.opsflow.incident;

import io.opsflow.knowledge.KnowledgeBase;
import io.opsflow.platform.DefaultingInputListener;
import io.opsflow.platform.Inputs;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The incident's input rules at its start (Tasklist start form, {@code /engine-rest} start) and
 * when a person completes one of its tasks; a start that passes them gets the defaults of what it
 * left out.
 */
@Component("incidentInput")
class IncidentInputListener extends DefaultingInputListener {

  IncidentInputListener(KnowledgeBase knowledge) {
    super("Incident not started", IncidentInput.DEFAULTS, IncidentInput::checkStart, (task, variables) -> {
      IncidentInput.checkCompletion(task, variables);
      if (IncidentIds.COORDINATE_MAJOR_INCIDENT.equals(task)) {
        checkRunbook(knowledge, variables);
      }
    });
  }

  /** A runbook named as emergency plan is a published article of the knowledge base (a DR plan continuity checks). */
  private static void checkRunbook(KnowledgeBase knowledge, Map<String, Object> variables) {
    if (!IncidentIds.RUNBOOK.equals(IncidentVariables.EMERGENCY_PLAN_KIND.from(variables))) {
      return;
    }
    String plan = IncidentVariables.EMERGENCY_PLAN.from(variables);
    boolean published = plan.strip().matches("\\d{1,18}") && knowledge.find(Long.parseLong(plan.strip()))
        .filter(article -> KnowledgeBase.PUBLISHED.equals(article.status())).isPresent();
    if (!published) {
      throw Inputs.refuse(IncidentVariables.EMERGENCY_PLAN.name(), "names no published article of the knowledge base: " + plan);
    }
  }
}
