package io.opsflow.continuity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start backup test" (ContinuitySchedule): the due system's restore test starts (message BackupTestDue). */
@Component("startDueBackupTest")
class StartDueBackupTestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(BackupTestIds.TEST_DUE_MESSAGE)
        .setVariables(Map.of(BackupTestVariables.SYSTEM_ID, ScheduleVariables.of(execution).systemId()))
        .correlateStartMessage();
  }
}
