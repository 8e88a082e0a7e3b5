package io.opsflow.incident;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The incident's start rules for starts through Camunda's REST and Tasklist. */
@Component
class IncidentStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return IncidentIds.PROCESS;
  }

  @Override
  public java.util.Set<String> startVariables() {
    return java.util.Set.of(IncidentVariables.SUMMARY, IncidentVariables.DESCRIPTION, IncidentVariables.IMPACT,
        IncidentVariables.URGENCY, IncidentVariables.CATEGORY, IncidentVariables.REPORTER, IncidentVariables.AFFECTED_CI);
  }

  @Override
  public void check(Map<String, Object> variables) {
    IncidentInput.checkStart(variables);
  }
}
