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
        checkCompletion(execution);
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

  /**
   * Checks what completes the task at the execution; a family whose rules depend on the version of
   * the model an instance runs (a rule that came with a new form) overrides this.
   */
  protected void checkCompletion(DelegateExecution execution) {
    checkCompletion(execution.getCurrentActivityId(), execution.getVariables());
  }

  /** The version tag of the model the execution runs ("1.2.0"), or null. */
  protected static String versionTag(DelegateExecution execution) {
    return ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution).getProcessDefinition()
        .getVersionTag();
  }

  /** Whether the version tag is at least the given one ("1.10.0" after "1.9.0"); a missing tag counts as newest. */
  protected static boolean atLeast(String versionTag, String since) {
    if (versionTag == null) {
      return true;
    }
    String[] have = versionTag.split("\\.");
    String[] want = since.split("\\.");
    for (int i = 0; i < Math.max(have.length, want.length); i++) {
      int a = i < have.length && have[i].matches("\\d+") ? Integer.parseInt(have[i]) : 0;
      int b = i < want.length && want[i].matches("\\d+") ? Integer.parseInt(want[i]) : 0;
      if (a != b) {
        return a > b;
      }
    }
    return true;
  }
}
