package io.opsflow.change;

import io.opsflow.platform.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input wherever it enters a change: at either start (an RFC from a person or system,
 * or a request from problem management) and when a person completes one of its tasks. A refusal is
 * a form-field validation error: /engine-rest answers 400 naming the field, Tasklist shows it on
 * the form, and nothing is started or completed. Tasks that a timer or a decision cancels are left alone.
 */
@Component("changeInput")
class ChangeInputListener implements ExecutionListener {

  private final ChangeInput input;

  ChangeInputListener(ChangeInput input) {
    this.input = input;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean start = EVENTNAME_START.equals(execution.getEventName());
    if (!start && (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled())) {
      return;
    }
    try {
      if (!start) {
        input.checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
      } else if (ChangeIds.REQUESTED_BY_PROBLEM.equals(execution.getCurrentActivityId())) {
        input.checkRequestFromProblem(execution.getVariables());
      } else {
        input.checkStart(execution.getVariables());
      }
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), (start ? "Change not requested: " : "Task not completed: ")
          + e.getMessage());
    }
  }
}
