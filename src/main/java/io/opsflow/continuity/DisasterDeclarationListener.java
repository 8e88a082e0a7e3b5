package io.opsflow.continuity;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.Inputs;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete "Coordinate major incident" (IncidentManagement) with a disaster declared
 * under no DR plan in force: 400 naming drPlanId on {@code /engine-rest}, the message on the
 * Tasklist form. Listens to the end of the task (the incident model puts it there, on no start).
 */
@Component("disasterDeclarationInput")
class DisasterDeclarationListener extends InputListener {

  private final DrPlans plans;

  DisasterDeclarationListener(DrPlans plans) {
    super("Not started");
    this.plans = plans;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    // not on a start event: the incident's own listener checks its starts
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    Object declared = variables.get(DeclareDisasterDelegate.DISASTER_DECLARED.name());
    if (declared != null && !(declared instanceof Boolean)) {
      throw Inputs.refuse(DeclareDisasterDelegate.DISASTER_DECLARED.name(), "must be true or false");
    }
    if (Boolean.TRUE.equals(declared)) {
      Object plan = variables.get(DeclareDisasterDelegate.DR_PLAN_ID.name());
      if (!(plan instanceof String id) || id.isBlank()) {
        throw Inputs.refuse(DeclareDisasterDelegate.DR_PLAN_ID.name(), "is required to declare a disaster");
      }
      if (plans.inForce(id.strip()).isEmpty()) {
        throw Inputs.refuse(DeclareDisasterDelegate.DR_PLAN_ID.name(), "names no DR plan in force: " + id.strip());
      }
    }
  }
}
