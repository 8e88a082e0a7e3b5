package io.opsflow.inspection;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The inspection's input rules when the inspector completes the checklist (a round is started by
 * its schedule only, with nothing a person typed).
 */
@Component("inspectionInput")
class InspectionInputListener extends InputListener {

  private final InspectionPlans plans;

  InspectionInputListener(InspectionPlans plans) {
    super("Inspection not started");
    this.plans = plans;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    // started by the schedule, under a claimed plan: nothing a person typed
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    InspectionInput.checkCompletion(taskKey, variables,
        plans.find(InspectionVariables.PLAN_ID.from(variables)).orElseThrow());
  }
}
