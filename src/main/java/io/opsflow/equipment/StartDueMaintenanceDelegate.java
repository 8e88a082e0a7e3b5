package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

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
 * "Start maintenance" (MaintenanceSchedule, once per plan due): claims the plan's due maintenance
 * (a conditional UPDATE of its next due time) and starts it, numbered MNT-year-n with the number as
 * business key, in one transaction. One claimed since the check looked (another node, a retry) is
 * left alone: one maintenance per due time.
 */
@Component("startDueMaintenance")
record StartDueMaintenanceDelegate(MaintenancePlans plans, TicketNumbers numbers) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartDueMaintenanceDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    MaintenanceVariables check = MaintenanceVariables.of(execution);
    String plan = check.get(PLAN_ID);
    Optional<Instant> due = plans.claimDue(plan, check.get(CHECKED_AT), EngineClock.now());
    if (due.isEmpty()) {
      LOG.info("Maintenance of plan {} not started: it is no longer due (started since, or inactive)", plan);
      return;
    }
    String number = numbers.next(MaintenanceIds.PREFIX);
    Map<String, Object> variables = new HashMap<>();
    MAINTENANCE_NUMBER.put(variables, number);
    PLAN_ID.put(variables, plan);
    DUE_AT.put(variables, due.get());
    execution.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(MaintenanceIds.PROCESS, number, variables);
  }
}
