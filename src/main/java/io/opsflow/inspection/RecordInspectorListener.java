package io.opsflow.inspection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** On "Inspect" completed: who completed the checklist (the signed-in user, else the task's assignee). */
@Component("recordInspector")
class RecordInspectorListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who = caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
    InspectionVariables.INSPECTOR.set(task.getExecution(), who == null ? "unknown" : who);
  }
}
