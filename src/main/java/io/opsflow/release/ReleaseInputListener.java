package io.opsflow.release;

import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input at the release's start (whoever starts or calls it) and when a person
 * completes one of its tasks: a form-field validation error, which /engine-rest answers with 400
 * naming the field and Tasklist shows on the form; nothing is started or completed then.
 */
@Component("releaseInput")
class ReleaseInputListener implements ExecutionListener {

  private final ReleaseInput input;

  ReleaseInputListener(ReleaseInput input) {
    this.input = input;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean start = EVENTNAME_START.equals(execution.getEventName());
    if (!start && (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled())) {
      return;
    }
    try {
      if (start) {
        input.checkStart(execution.getVariables());
      } else {
        input.checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
      }
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), (start ? "Release not started: " : "Task not completed: ")
          + e.getMessage());
    }
  }
}
