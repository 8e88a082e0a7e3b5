package io.opsflow.continuity;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Start drill" (ContinuitySchedule, once per plan due): claims the plan's due drill and starts it
 * (message DrillDue with its planId), in one transaction. A plan whose drill has begun since the
 * check looked (on demand, by another check, or by this job before a retry) is left alone: one
 * drill per due date.
 */
@Component("startDueDrill")
record StartDueDrillDelegate(DrPlans plans) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartDueDrillDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    ScheduleVariables check = ScheduleVariables.of(execution);
    String plan = check.get(ScheduleVariables.PLAN_ID);
    if (!plans.claimDueDrill(plan, check.get(ScheduleVariables.CHECKED_AT), EngineClock.now())) {
      LOG.info("Drill of DR plan {} not started: it is no longer due (begun since, or retired)", plan);
      return;
    }
    StartMessages.start(execution.getProcessEngineServices().getRuntimeService(), DrillIds.DRILL_DUE_MESSAGE,
        RecoveryVariables.PLAN_ID.put(new HashMap<>(), plan));
  }
}
