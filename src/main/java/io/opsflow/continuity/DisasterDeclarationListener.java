package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete "Coordinate major incident" (IncidentManagement) with a disaster declared
 * under no DR plan in force: 400 naming drPlanId on {@code /engine-rest}, the message on the
 * Tasklist form. Listens to the end of the task and leaves alone a task a cancellation ends.
 */
@Component("disasterDeclarationInput")
class DisasterDeclarationListener implements ExecutionListener {

  private final DrPlans plans;

  DisasterDeclarationListener(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Map<String, Object> variables = execution.getVariables();
    Object declared = variables.get(DeclareDisasterDelegate.DISASTER_DECLARED);
    if (declared != null && !(declared instanceof Boolean)) {
      throw refused(DeclareDisasterDelegate.DISASTER_DECLARED, "must be true or false");
    }
    if (Boolean.TRUE.equals(declared)) {
      Object plan = variables.get(DeclareDisasterDelegate.DR_PLAN_ID);
      if (!(plan instanceof String id) || id.isBlank()) {
        throw refused(DeclareDisasterDelegate.DR_PLAN_ID, "is required to declare a disaster");
      }
      if (!plans.inForce(id.strip())) {
        throw refused(DeclareDisasterDelegate.DR_PLAN_ID, "names no DR plan in force: " + id.strip());
      }
    }
  }

  private static FormFieldValidationException refused(String field, String problem) {
    return new FormFieldValidationException(field, "Task not completed: " + Inputs.refuse(field, problem).getMessage());
  }
}
