package io.opsflow.change;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;

/**
 * Submits RFCs for the API: checks the request, starts the process (which registers the change in
 * the same call) and answers with its number.
 */
@Service
public record ChangeIntake(RuntimeService runtime, ChangeInput input) {

  /** Refuses bad input with the field at fault (400), before anything is numbered or started. */
  public Opened submit(ChangeRequest rfc) {
    var variables = rfc.variables();
    input.checkStart(variables);
    // registered in this call: the answer carries the number (read from the start's result, which a
    // requester may see, unlike the running instance)
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ChangeIds.PROCESS).setVariables(variables)
        .executeWithVariablesInReturn();
    return new Opened(ChangeVariables.CHANGE_NUMBER.from(instance.getVariables()), instance.getId());
  }

  /** A change just registered. */
  public record Opened(String changeNumber, String processInstanceId) {
  }
}
