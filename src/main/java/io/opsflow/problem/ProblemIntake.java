package io.opsflow.problem;

import io.opsflow.platform.StartValidator;
import io.opsflow.platform.process.StartMessages;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/**
 * Opens problems: a problem manager's, or one a user reported to the service desk (the API), and an
 * incident's request, which joins the open problem of its CI and category when there is one.
 */
@Service
public record ProblemIntake(RuntimeService runtime, IdentityService identity) {

  /** A problem just recorded. */
  public record Opened(String problemNumber, String processInstanceId) {
  }

  /** The same start rules for starts through Camunda's REST and Tasklist, checked before the engine sees them. */
  @Bean
  static StartValidator problemStart() {
    return StartValidator.of(ProblemIds.PROCESS, ProblemVariables.START, ProblemInput::checkStart);
  }

  /** Refuses bad input with the field at fault; the registration runs in this call, so the number is known. */
  public Opened record(ProblemRequest request) {
    Map<String, Object> variables = request.variables();
    ProblemInput.checkStart(variables, ProblemInput.users(identity));
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ProblemIds.PROCESS).setVariables(variables)
        .executeWithVariablesInReturn();
    return new Opened(ProblemVariables.PROBLEM_NUMBER.from(instance.getVariables()), instance.getId());
  }

  /**
   * Sends {@code ProblemRaised} for the incident, in the caller's transaction; false when no
   * problem process receives it.
   */
  public boolean raiseFor(String incidentNumber, ProblemRequest request) {
    Map<String, Object> variables = request.variables();
    ProblemVariables.INCIDENT_NUMBER.put(variables, incidentNumber);
    return StartMessages.sendIfReceived(runtime, ProblemIds.PROBLEM_RAISED, variables);
  }
}
