package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Start inspection" (InspectionSchedule, once per plan due): claims the plan's due round and
 * starts it, numbered INS-year-n with the number as business key, in one transaction. A round
 * claimed since the check looked (by another node's check, or by this job before a retry) is left
 * alone: one round per due time.
 */
@Component("startDueInspection")
record StartDueInspectionDelegate(InspectionPlans plans, TicketNumbers numbers) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartDueInspectionDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    InspectionVariables check = InspectionVariables.of(execution);
    String plan = check.get(PLAN_ID);
    Optional<Instant> due = plans.claimDue(plan, check.get(CHECKED_AT), EngineClock.now());
    if (due.isEmpty()) {
      LOG.info("Inspection of plan {} not started: its round is no longer due (started since, or inactive)", plan);
      return;
    }
    String number = numbers.next(InspectionIds.PREFIX);
    Map<String, Object> variables = new HashMap<>();
    INSPECTION_NUMBER.put(variables, number);
    PLAN_ID.put(variables, plan);
    DUE_AT.put(variables, due.get());
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(InspectionIds.PROCESS, number, variables);
  }
}
