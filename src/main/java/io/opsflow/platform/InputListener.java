package io.opsflow.platform;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses bad input wherever it enters a process: at a start (whoever starts or calls it) and when
 * a person completes one of its tasks. A refusal is a form-field validation error, which
 * {@code /engine-rest} answers with 400 naming the field and Tasklist shows on the form; nothing is
 * started or completed then. Tasks that a timer or a decision cancels are left alone. Put it on the
 * start events ({@code start}) and the user tasks ({@code end}) of a model.
 */
public abstract class InputListener implements ExecutionListener {

  private final String refusedStart;

  /** @param refusedStart how a refused start begins its message: "Change not requested" */
  protected InputListener(String refusedStart) {
    this.refusedStart = refusedStart;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean start = EVENTNAME_START.equals(execution.getEventName());
    if (!start && (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled())) {
      return;
    }
    try {
      if (start) {
        checkStart(execution);
      } else {
        checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
      }
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), (start ? refusedStart : "Task not completed") + ": "
          + e.getMessage());
    }
  }

  /** Checks a start; a listener that must know whether another process called it overrides this one. */
  protected void checkStart(DelegateExecution execution) {
    checkStart(execution.getCurrentActivityId(), execution.getVariables());
  }

  /** Checks the variables a start event is reached with; throws {@link BadRequestException} naming the field. */
  protected abstract void checkStart(String startEventId, Map<String, Object> variables);

  /** Checks what completes the task (with the process's variables around it). */
  protected abstract void checkCompletion(String taskKey, Map<String, Object> variables);
}
