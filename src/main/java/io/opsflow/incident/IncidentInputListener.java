package io.opsflow.incident;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input wherever it enters the engine: at the start of an incident (Tasklist start
 * form, {@code /engine-rest} start) and when a person completes one of its tasks. A refusal
 * rolls the whole call back, so nothing is half-done; it is a form-field validation error, which
 * {@code /engine-rest} answers with 400 naming the field and Tasklist shows on the form. It listens to the end of the tasks (not to task completion, whose listener
 * errors the engine reports as 500), and leaves alone a task that a timer or a cancellation ends.
 */
@Component("incidentInput")
class IncidentInputListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      checkStart(execution);
    } else if (EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
      try {
        IncidentInput.checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
      } catch (BadRequestException e) {
        throw new FormFieldValidationException(e.field(), "Task not completed: " + e.getMessage());
      }
    }
  }

  private static void checkStart(DelegateExecution execution) {
    try {
      IncidentInput.checkStart(execution.getVariables());
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), "Incident not started: " + e.getMessage());
    }
    IncidentInput.defaults().forEach((name, value) -> {
      if (execution.getVariable(name) == null) {
        execution.setVariable(name, value);
      }
    });
  }
}
