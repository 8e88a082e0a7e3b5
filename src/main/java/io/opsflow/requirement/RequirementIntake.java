package io.opsflow.requirement;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

/** Raises requirements for the API: checks the input and starts the process, which registers it. */
@Service
public record RequirementIntake(RuntimeService runtime, RequirementCalendar calendar) {

  /** A requirement just raised and registered. */
  public record Raised(String requirementNumber, String processInstanceId) {
  }

  /**
   * Refuses bad input with the field at fault, before anything starts. The caller is the requester
   * (camunda:initiator); the registration runs in this call, and the number comes from the start's
   * result: a requester may start an instance but not read it.
   */
  public Raised raise(RequirementRequest request) {
    Map<String, Object> variables = request.variables();
    RequirementInput.checkStart(variables, calendar.today(), calendar.zone());
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(RequirementIds.PROCESS)
        .setVariables(variables).executeWithVariablesInReturn();
    return new Raised(RequirementVariables.REQUIREMENT_NUMBER.from(instance.getVariables()), instance.getId());
  }
}
