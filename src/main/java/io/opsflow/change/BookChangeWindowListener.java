package io.opsflow.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import io.opsflow.platform.BadRequestException;
import org.springframework.stereotype.Component;

/**
 * Completing "Plan and schedule change" books the chosen window in the change calendar; a window in
 * a freeze period or on an item another scheduled change holds then is refused on the form (400
 * naming plannedStart over REST) and the task stays open. The change is carried out when the window opens.
 */
@Component("bookChangeWindow")
record BookChangeWindowListener(ChangeSchedule schedule) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    ChangeVariables change = ChangeVariables.of(execution);
    try {
      schedule.book(change.get(ChangeVariables.CHANGE_NUMBER), change.get(ChangeVariables.PLANNED_START),
          change.get(ChangeVariables.PLANNED_END));
      change.set(ChangeVariables.WINDOW_OPENS, change.get(ChangeVariables.PLANNED_START));
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), "Task not completed: " + e.getMessage());
    }
  }
}
