package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register disaster": gives the disaster a number of its own as business key and starts the
 * clock now: the declaration time, and the deadline its recovery time objective sets. Neither is
 * taken from the caller (the task is not async, so it never serves a retry; a handed-in
 * declaration time would move the RTO clock). The systems to recover are those the declaration
 * names, else all of the plan's.
 */
@Component("registerDisaster")
class RegisterDisasterDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final DrPlans plans;
  private final RecoveryRecords records;

  RegisterDisasterDelegate(TicketNumbers numbers, DrPlans plans, RecoveryRecords records) {
    this.numbers = numbers;
    this.plans = plans;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables disaster = RecoveryVariables.of(execution);
    String number = numbers.next(DisasterIds.PREFIX);
    Instant declared = EngineClock.now();
    disaster.set(DISASTER_NUMBER, number).set(DECLARED_AT, declared);
    execution.setProcessBusinessKey(number);
    DrPlans.Version plan = plans.inForce(disaster.planId())
        .orElseThrow(() -> new IllegalStateException("DR plan " + disaster.planId() + " went out of force")).current();
    List<String> affected = disaster.get(AFFECTED_SYSTEMS);
    List<String> systems = affected.isEmpty() ? plan.systems() : affected;
    disaster.set(PLAN_NAME, plan.name()).set(PLAN_VERSION, plan.version()).set(SCENARIO, plan.scenario())
        .set(SYSTEM_IDS, new ArrayList<>(systems))
        .set(RTO_TARGET_MINUTES, plan.rtoMinutes()).set(RPO_TARGET_MINUTES, plan.rpoMinutes())
        .set(RUNBOOK_STEPS, String.join("\n", plan.runbookSteps()))
        .set(RECOVERY_DEADLINE, declared.plusSeconds(60L * plan.rtoMinutes()));
    String incident = disaster.get(INCIDENT_NUMBER);
    records.register(new RecoveryRecords.Registration(number, RecoveryRecords.DISASTER,
        execution.getProcessInstanceId(), plan, disaster.get(SUMMARY), declared,
        incident == null || incident.isBlank() ? null : incident.strip()), declared);
    records.systems(number, systems);
  }
}
