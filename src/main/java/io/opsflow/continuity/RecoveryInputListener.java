package io.opsflow.continuity;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Refuses bad input to a drill or a disaster recovery wherever it enters the engine: at the start
 * (Tasklist start form, {@code /engine-rest}, the messages DrillDue and DisasterDeclared) and when a
 * person completes a task, with the rules of {@link RecoveryInput}.
 */
@Component("recoveryInput")
class RecoveryInputListener extends InputListener {

  private final DrPlans plans;

  RecoveryInputListener(DrPlans plans) {
    super("Not started");
    this.plans = plans;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    if (DrillIds.DRILL_REQUESTED.equals(startEventId) || DrillIds.DRILL_DUE.equals(startEventId)) {
      RecoveryInput.checkDrillStart(variables, plans);
    } else {
      RecoveryInput.checkDisasterStart(variables, plans);
    }
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    RecoveryInput.checkCompletion(taskKey, variables, plans);
  }
}
