package io.opsflow.continuity;

import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Refuses bad input to a backup restore test at its start and at the end of its tasks (400 naming the field). */
@Component("backupTestInput")
class BackupTestInputListener implements ExecutionListener {

  private final DrPlans plans;

  BackupTestInputListener(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    try {
      if (EVENTNAME_START.equals(execution.getEventName())) {
        BackupTestInput.checkStart(execution.getVariables(), plans.backedUpSystems());
      } else if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
        BackupTestInput.checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
      }
    } catch (BadRequestException e) {
      String what = EVENTNAME_START.equals(execution.getEventName()) ? "Not started: " : "Task not completed: ";
      throw new FormFieldValidationException(e.field(), what + e.getMessage());
    }
  }
}
