package io.opsflow.incident;

import io.opsflow.platform.StartValidator;
import io.opsflow.platform.process.TicketNumbers;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * Opens incidents for the API and the alert receiver: checks the input, numbers the incident
 * (so the caller learns its number at once) and starts the process with it as business key.
 */
@Service
public record IncidentIntake(RuntimeService runtime, TicketNumbers numbers) {

  /** An incident just opened. */
  public record Opened(String incidentNumber, String processInstanceId) {
  }

  /** The same start rules for starts through Camunda's REST and Tasklist, checked before the engine sees them. */
  @Bean
  static StartValidator incidentStart() {
    return StartValidator.of(IncidentIds.PROCESS, IncidentVariables.START, IncidentInput::checkStart);
  }

  /** Refuses bad input with the field at fault, before anything is numbered or started. */
  public Opened open(IncidentRequest request) {
    Map<String, Object> variables = request.variables();
    IncidentInput.checkStart(variables); // bad input: 400 naming the field, nothing numbered
    return open(numbers.next(IncidentIds.PREFIX), variables);
  }

  /** Starts the incident under a number already taken (the alert receiver takes it first). */
  Opened open(String number, Map<String, Object> variables) {
    Map<String, Object> withNumber = new HashMap<>(variables);
    IncidentVariables.INCIDENT_NUMBER.put(withNumber, number);
    ProcessInstance instance = runtime.startProcessInstanceByKey(IncidentIds.PROCESS, number, withNumber);
    return new Opened(number, instance.getId());
  }
}
