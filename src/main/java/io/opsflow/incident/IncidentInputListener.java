package io.opsflow.incident;

import io.opsflow.equipment.RepairIntake;
import io.opsflow.knowledge.KnowledgeBase;
import io.opsflow.platform.DefaultingInputListener;
import io.opsflow.platform.Inputs;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The incident's input rules at its start (Tasklist start form, {@code /engine-rest} start) and
 * when a person completes one of its tasks; a start that passes them gets the defaults of what it
 * left out.
 */
@Component("incidentInput")
class IncidentInputListener extends DefaultingInputListener {

  IncidentInputListener(KnowledgeBase knowledge, RepairIntake repairs) {
    super("Incident not started", IncidentInput.DEFAULTS, IncidentInput::checkStart, (task, variables) -> {
      IncidentInput.checkCompletion(task, variables, true);
      if (IncidentIds.COORDINATE_MAJOR_INCIDENT.equals(task)) {
        checkRunbook(knowledge, variables);
      }
      if (IncidentIds.RESOLVE_AT_TIER.equals(task)
          && Boolean.TRUE.equals(IncidentVariables.HAND_TO_REPAIR.from(variables))) {
        // equipment repair's own check of its equipment: a retired CI is refused here, not in the hand-off's job
        repairs.checkEquipment(IncidentVariables.HAND_TO_REPAIR.name(), IncidentVariables.AFFECTED_CI.from(variables));
      }
    });
  }

  /**
   * The coordination form offers the DR plans and the runbooks in two lists, one shown per kind of
   * plan (a form's two fields cannot share a key); the chosen one becomes the emergency plan before
   * the checks. A caller of the REST API names {@code emergencyPlan} itself.
   */
  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_END.equals(execution.getEventName())
        && IncidentIds.COORDINATE_MAJOR_INCIDENT.equals(execution.getCurrentActivityId())) {
      IncidentVariables incident = IncidentVariables.of(execution);
      String chosen = switch (String.valueOf(incident.get(IncidentVariables.EMERGENCY_PLAN_KIND))) {
        case IncidentIds.DR_PLAN -> incident.get(IncidentVariables.EMERGENCY_DR_PLAN);
        case IncidentIds.RUNBOOK -> incident.get(IncidentVariables.EMERGENCY_RUNBOOK);
        default -> null;
      };
      if (chosen != null) {
        incident.set(IncidentVariables.EMERGENCY_PLAN, chosen);
      }
    }
    super.notify(execution);
  }

  /**
   * An incident on a model before {@value IncidentInput#HAND_TO_REPAIR_SINCE} cannot hand its fault to
   * equipment repair (its model has no such path). An incident still running on a model before
   * {@value IncidentInput#FAULT_REPORT_SINCE} has the
   * forms of its model, without the fault report and the emergency plan: it completes by that
   * model's rules (Cockpit's migration moves it to the current model and its forms).
   */
  @Override
  protected void checkCompletion(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable(IncidentVariables.HAND_TO_REPAIR.name()))
        && !atLeast(versionTag(execution), IncidentInput.HAND_TO_REPAIR_SINCE)) {
      throw Inputs.refuse(IncidentVariables.HAND_TO_REPAIR.name(), "came with model " + IncidentInput.HAND_TO_REPAIR_SINCE
          + "; this incident runs on " + versionTag(execution) + ", which has no hand-off to equipment repair");
    }
    if (atLeast(versionTag(execution), IncidentInput.FAULT_REPORT_SINCE)) {
      super.checkCompletion(execution);
    } else {
      IncidentInput.checkCompletion(execution.getCurrentActivityId(), execution.getVariables(), false);
    }
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
