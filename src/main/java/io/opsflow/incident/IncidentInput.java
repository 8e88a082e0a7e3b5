package io.opsflow.incident;

import static io.opsflow.platform.Inputs.CATEGORIES;
import static io.opsflow.platform.Inputs.LEVELS;

import io.opsflow.platform.Inputs;
import java.util.Map;

/**
 * The rules for what may start an incident and complete its tasks. Knows nothing of Camunda:
 * the REST API, the start validator and the engine listener all ask it; a refusal is a
 * {@link io.opsflow.platform.BadRequestException} naming the field.
 */
final class IncidentInput {

  private IncidentInput() {
  }

  /** Checks the start variables; impact, urgency and category may be left out (see {@link #defaults}). */
  static void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, IncidentVariables.SUMMARY, 500);
    Inputs.oneOf(variables, IncidentVariables.IMPACT, LEVELS);
    Inputs.oneOf(variables, IncidentVariables.URGENCY, LEVELS);
    Inputs.oneOf(variables, IncidentVariables.CATEGORY, CATEGORIES);
    Inputs.maxText(variables, IncidentVariables.DESCRIPTION, 4000);
    Inputs.maxText(variables, IncidentVariables.AFFECTED_CI, 200);
    Inputs.maxText(variables, IncidentVariables.REPORTER, 64);
  }

  /** Checks what a person enters to complete a tier or confirmation task. */
  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    Inputs.maxText(variables, IncidentVariables.RESOLUTION_NOTES, 4000);
    switch (taskKey) {
      case IncidentIds.RESOLVE_AT_TIER -> {
        Inputs.flag(variables, IncidentVariables.ESCALATE);
        if (!Boolean.TRUE.equals(variables.get(IncidentVariables.ESCALATE))) {
          Inputs.requireText(variables, IncidentVariables.RESOLUTION_NOTES, 4000);
        }
      }
      case IncidentIds.RESOLVE_BREACHED_INCIDENT -> Inputs.requireText(variables, IncidentVariables.RESOLUTION_NOTES, 4000);
      case IncidentIds.TRY_FIRST_CONTACT_RESOLUTION -> {
        Inputs.flag(variables, IncidentVariables.RESOLVED_AT_FIRST_CONTACT);
        if (Boolean.TRUE.equals(variables.get(IncidentVariables.RESOLVED_AT_FIRST_CONTACT))) {
          Inputs.requireText(variables, IncidentVariables.RESOLUTION_NOTES, 4000);
        }
      }
      case IncidentIds.CONFIRM_RESOLUTION -> {
        Inputs.flag(variables, IncidentVariables.CONFIRMED);
        Object satisfaction = variables.get(IncidentVariables.SATISFACTION);
        if (satisfaction != null && !(satisfaction instanceof Number n && n.doubleValue() == n.intValue()
            && n.intValue() >= 1 && n.intValue() <= 5)) {
          throw Inputs.refuse(IncidentVariables.SATISFACTION, "must be a whole number from 1 to 5, not " + satisfaction);
        }
        if (Boolean.TRUE.equals(variables.get(IncidentVariables.CONFIRMED)) && satisfaction == null) {
          throw Inputs.refuse(IncidentVariables.SATISFACTION, "is required when the reporter confirms (1 to 5)");
        }
      }
      default -> {
      }
    }
  }

  /** What an incident reported without them is taken to be: medium impact and urgency, category other. */
  static Map<String, Object> defaults() {
    return Map.of(IncidentVariables.IMPACT, "medium", IncidentVariables.URGENCY, "medium",
        IncidentVariables.CATEGORY, "other", IncidentVariables.MAJOR, false);
  }
}
