package io.opsflow.requirement;

import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input wherever it enters a requirement: at the start (Tasklist start form,
 * {@code /engine-rest}) and when a person completes one of its tasks. The refusal is a form-field
 * validation error: the whole call rolls back, {@code /engine-rest} answers 400 naming the field
 * and Tasklist shows it on the form. It listens to the end of the tasks (not to task completion,
 * whose listener errors the engine reports as 500) and leaves alone a task that is cancelled.
 */
@Component("requirementInput")
class RequirementInputListener implements ExecutionListener {

  private final RequirementCalendar calendar;

  RequirementInputListener(RequirementCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      try {
        RequirementInput.checkStart(execution.getVariables(), calendar.today(), calendar.zone());
      } catch (BadRequestException e) {
        throw new FormFieldValidationException(e.field(), "Requirement not created: " + e.getMessage());
      }
      RequirementInput.defaults().forEach((name, value) -> {
        if (execution.getVariable(name) == null) {
          execution.setVariable(name, value);
        }
      });
    } else if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
      try {
        RequirementInput.checkCompletion(execution.getCurrentActivityId(), execution.getVariables(), calendar,
            calendar.zone());
      } catch (BadRequestException e) {
        throw new FormFieldValidationException(e.field(), "Task not completed: " + e.getMessage());
      }
    }
  }
}
