package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Plan and schedule change" assigns the change to the named implementers (the form sends
 * them as one text, which it keeps as typed): "Implement change" and "Run backout plan" go to them,
 * assigned to the first named. The ticket records whom (ASSIGNED).
 */
@Component("assignImplementers")
record AssignImplementersListener(ChangeRecords records) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      ChangeVariables change = ChangeVariables.of(execution.getProcessInstance());
      change.assignTo(change.get(ChangeVariables.IMPLEMENTERS));
      records.event(change.get(ChangeVariables.CHANGE_NUMBER), "ASSIGNED",
          "to " + String.join(", ", change.get(ChangeVariables.ASSIGNED_IMPLEMENTERS)), EngineClock.now());
    }
  }
}
