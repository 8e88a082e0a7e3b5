package io.opsflow.incident;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The incident's input rules at its start (Tasklist start form, {@code /engine-rest} start) and
 * when a person completes one of its tasks; a start that passes them gets the defaults of what it
 * left out. The same rules check starts through Camunda's REST before the engine sees them.
 */
@Component("incidentInput")
class IncidentInputListener extends DefaultingInputListener {

  IncidentInputListener() {
    super("Incident not started", IncidentInput.DEFAULTS);
  }

  @Bean
  static StartValidator incidentStart() {
    return StartValidator.of(IncidentIds.PROCESS, IncidentVariables.START, IncidentInput::checkStart);
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    IncidentInput.checkStart(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    IncidentInput.checkCompletion(taskKey, variables);
  }
}
