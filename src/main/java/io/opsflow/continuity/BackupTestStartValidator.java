package io.opsflow.continuity;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The backup restore test's start rules for starts through Camunda's REST and Tasklist. */
@Component
class BackupTestStartValidator implements StartValidator {

  private final DrPlans plans;

  BackupTestStartValidator(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public String processKey() {
    return BackupTestIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(BackupTestVariables.SYSTEM_ID);
  }

  @Override
  public void check(Map<String, Object> variables) {
    BackupTestInput.checkStart(variables, plans.backedUpSystems());
  }
}
