package io.opsflow.servicerequest;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** Opens service requests: a requester's own, or one the service desk raises for them. */
@Service
public record ServiceRequestIntake(RuntimeService runtime, IdentityService identity, ServiceRequestInput input) {

  /** A request just registered. */
  public record Opened(String requestNumber, String processInstanceId) {
  }

  /** The same start rules for starts through Camunda's REST and Tasklist, checked before the engine sees them. */
  @Bean
  static StartValidator serviceRequestStart(ServiceRequestInput input) {
    return StartValidator.of(ServiceRequestIds.PROCESS, ServiceRequestVariables.START, input::checkStart);
  }

  /** Refuses bad input with the field at fault; the registration runs in this call, so the number is known. */
  public Opened open(ServiceRequestRequest request) {
    Map<String, Object> variables = request.variables();
    input.checkStart(variables);
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(ServiceRequestIds.PROCESS)
        .setVariables(variables).executeWithVariablesInReturn();
    return new Opened(ServiceRequestVariables.REQUEST_NUMBER.from(instance.getVariables()), instance.getId());
  }
}
