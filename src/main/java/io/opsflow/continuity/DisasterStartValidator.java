package io.opsflow.continuity;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The disaster declaration's rules for starts through Camunda's REST and Tasklist. */
@Component
class DisasterStartValidator implements StartValidator {

  private final DrPlans plans;

  DisasterStartValidator(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return DisasterIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(RecoveryVariables.PLAN_ID, RecoveryVariables.SUMMARY, RecoveryVariables.AFFECTED_SYSTEMS,
        RecoveryVariables.INCIDENT_NUMBER);
  }

  @Override
  public void check(Map<String, Object> variables) {
    RecoveryInput.checkDisasterStart(variables, plans);
  }
}
