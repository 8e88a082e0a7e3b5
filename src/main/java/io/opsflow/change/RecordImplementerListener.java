package io.opsflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Remembers who completed "Implement change": the CMDB's audit names them for the new baselines. */
@Component("recordImplementer")
class RecordImplementerListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (!execution.isCanceled() && user != null) {
      ChangeVariables.of(execution.getProcessInstance()).set(ChangeVariables.IMPLEMENTER, user.getUserId());
    }
  }
}
