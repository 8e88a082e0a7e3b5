package io.opsflow.oncall;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** On "Acknowledge the handover" completed: who took over (the signed-in user, else the assignee) and when. */
@Component("recordAcknowledgement")
class RecordAcknowledgementListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who = caller != null && caller.getUserId() != null ? caller.getUserId() : task.getAssignee();
    HandoverVariables.of(task.getExecution()).set(HandoverVariables.ACKNOWLEDGED_BY, who == null ? "unknown" : who)
        .set(HandoverVariables.ACKNOWLEDGED_AT, EngineClock.now());
  }
}
