package io.opsflow.continuity;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The drill's start rules for starts through Camunda's REST and Tasklist. */
@Component
class DrillStartValidator implements StartValidator {

  private final DrPlans plans;

  DrillStartValidator(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return DrillIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(RecoveryVariables.PLAN_ID, RecoveryVariables.SCENARIO, RecoveryVariables.PLANNED_WINDOW_START,
        RecoveryVariables.PLANNED_WINDOW_END);
  }

  @Override
  public void check(Map<String, Object> variables) {
    RecoveryInput.checkDrillStart(variables, plans);
  }
}
