package io.opsflow.continuity;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Refuses bad input to a backup restore test at its start and at the end of its tasks (400 naming the field). */
@Component("backupTestInput")
class BackupTestInputListener extends InputListener {

  private final DrPlans plans;
  BackupTestInputListener(DrPlans plans) {
    super("Not started");
    this.plans = plans;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    BackupTestInput.checkStart(variables, plans.backedUpSystems());
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    BackupTestInput.checkCompletion(taskKey, variables);
  }
}
