package io.opsflow.continuity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start drill" (ContinuitySchedule): the due plan's drill starts (message DrillDue with its planId). */
@Component("startDueDrill")
class StartDueDrillDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(DrillIds.DRILL_DUE_MESSAGE)
        .setVariables(Map.of(RecoveryVariables.PLAN_ID, ScheduleVariables.of(execution).planId()))
        .correlateStartMessage();
  }
}
