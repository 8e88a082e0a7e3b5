package io.opsflow.continuity;

import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input to a drill or a disaster recovery wherever it enters the engine: at the start
 * (Tasklist start form, {@code /engine-rest}, the messages DrillDue and DisasterDeclared) and when a
 * person completes a task. A refusal rolls the call back and is a form-field validation error,
 * which {@code /engine-rest} answers with 400 naming the field and Tasklist shows on the form. It
 * listens to the end of the tasks and leaves alone a task that a timer or a cancellation ends.
 */
@Component("recoveryInput")
class RecoveryInputListener implements ExecutionListener {

  private final DrPlans plans;

  RecoveryInputListener(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String activity = execution.getCurrentActivityId();
    try {
      if (EVENTNAME_START.equals(execution.getEventName())) {
        if (DrillIds.DRILL_REQUESTED.equals(activity) || DrillIds.DRILL_DUE.equals(activity)) {
          RecoveryInput.checkDrillStart(execution.getVariables(), plans);
        } else {
          RecoveryInput.checkDisasterStart(execution.getVariables(), plans);
        }
      } else if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
        RecoveryInput.checkCompletion(activity, execution.getVariables(), plans);
      }
    } catch (BadRequestException e) {
      String what = EVENTNAME_START.equals(execution.getEventName()) ? "Not started: " : "Task not completed: ";
      throw new FormFieldValidationException(e.field(), what + e.getMessage());
    }
  }
}
