package io.opsflow.equipment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On a maintenance or stock-take task completed: who completed it (the signed-in user, else the
 * task's assignee) as {@code completedBy}, which the step after it records (and the CMDB's audit
 * trail names for a stock-take's corrections).
 */
@Component("recordCompleter")
class RecordCompleterListener implements TaskListener {

  static final String COMPLETED_BY = "completedBy";

  @Override
  public void notify(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who = caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
    task.getExecution().setVariable(COMPLETED_BY, who == null ? "unknown" : who);
  }
}
