package io.opsflow.problem;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The problem's start rules for starts through Camunda's REST and Tasklist. */
@Component
class ProblemStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return ProblemIds.PROCESS;
  }

  @Override
  public java.util.Set<String> startVariables() {
    return java.util.Set.of(ProblemVariables.SUMMARY, ProblemVariables.DESCRIPTION, ProblemVariables.CATEGORY,
        ProblemVariables.AFFECTED_CI, ProblemVariables.INCIDENT_NUMBERS, ProblemVariables.IMPACT, ProblemVariables.URGENCY);
  }

  @Override
  public void check(Map<String, Object> variables) {
    ProblemInput.checkStart(variables);
  }
}
