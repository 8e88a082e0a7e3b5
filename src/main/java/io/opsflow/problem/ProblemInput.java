package io.opsflow.problem;

import static io.opsflow.platform.Inputs.CATEGORIES;
import static io.opsflow.platform.Inputs.LEVELS;

import io.opsflow.platform.Inputs;
import java.util.Collection;
import java.util.Map;

/** What may start a problem; the API, the start validator and the engine listener all ask it. */
final class ProblemInput {

  private ProblemInput() {
  }

  static void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, ProblemVariables.SUMMARY, 500);
    Inputs.oneOf(variables, ProblemVariables.IMPACT, LEVELS);
    Inputs.oneOf(variables, ProblemVariables.URGENCY, LEVELS);
    Inputs.oneOf(variables, ProblemVariables.CATEGORY, CATEGORIES);
    Object incidents = variables.get(ProblemVariables.INCIDENT_NUMBERS);
    if (incidents != null && !(incidents instanceof Collection<?> || incidents instanceof String)) {
      throw Inputs.refuse(ProblemVariables.INCIDENT_NUMBERS, "must be a list of incident numbers");
    }
    if (incidents instanceof Collection<?> list
        && !list.stream().allMatch(n -> n instanceof String t && t.matches("INC-[0-9A-Z-]+"))) {
      throw Inputs.refuse(ProblemVariables.INCIDENT_NUMBERS, "must hold incident numbers such as INC-2026-000042");
    }
  }
}
