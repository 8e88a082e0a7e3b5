package io.opsflow.problem;

import io.opsflow.platform.BadRequestException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Refuses a problem start with bad input (400 naming the field) and fills the defaults. */
@Component("problemInput")
class ProblemInputListener implements ExecutionListener {

  static final Map<String, Object> DEFAULTS = Map.of(ProblemVariables.IMPACT, "medium",
      ProblemVariables.URGENCY, "medium", ProblemVariables.CATEGORY, "other");

  @Override
  public void notify(DelegateExecution execution) {
    try {
      ProblemInput.checkStart(execution.getVariables());
    } catch (BadRequestException e) {
      throw new FormFieldValidationException(e.field(), "Problem not started: " + e.getMessage());
    }
    DEFAULTS.forEach((name, value) -> {
      if (execution.getVariable(name) == null) {
        execution.setVariable(name, value);
      }
    });
  }
}
