package io.opsflow.continuity;

import io.opsflow.platform.process.StartMessages;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Declares disasters for other processes: starts DisasterRecovery, in the caller's transaction. */
@Service
public record DisasterDeclarations(RuntimeService runtime) {

  public ProcessInstance declare(DisasterRequest request) {
    return StartMessages.start(runtime, DisasterIds.DISASTER_DECLARED_MESSAGE, request.variables());
  }
}
