package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register drill": gives the drill a number of its own as business key (whatever a caller handed
 * in: the task is not async, so it never serves a retry), records it under the plan version in
 * force, restarts the plan's drill interval, and hands the draft the plan's scenario, systems,
 * targets and runbook.
 */
@Component("registerDrill")
class RegisterDrillDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final DrPlans plans;
  private final RecoveryRecords records;

  RegisterDrillDelegate(TicketNumbers numbers, DrPlans plans, RecoveryRecords records) {
    this.numbers = numbers;
    this.plans = plans;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables drill = RecoveryVariables.of(execution);
    String number = numbers.next(DrillIds.PREFIX);
    drill.set(DRILL_NUMBER, number);
    execution.setProcessBusinessKey(number);
    DrPlans.Version plan = plans.inForce(drill.planId())
        .orElseThrow(() -> new IllegalStateException("DR plan " + drill.planId() + " went out of force")).current();
    Instant now = EngineClock.now();
    String summary = "DR drill of " + plan.name();
    drill.set(PLAN_NAME, plan.name()).set(PLAN_VERSION, plan.version()).set(SUMMARY, summary)
        .set(RTO_TARGET_MINUTES, plan.rtoMinutes()).set(RPO_TARGET_MINUTES, plan.rpoMinutes())
        .set(RUNBOOK_STEPS, String.join("\n", plan.runbookSteps()));
    if (drill.get(SCENARIO) == null || drill.get(SCENARIO).isBlank()) {
      drill.set(SCENARIO, plan.scenario());
    }
    if (drill.systems().isEmpty()) {
      drill.set(SYSTEMS, String.join(", ", plan.systems()));
    }
    records.register(new RecoveryRecords.Registration(number, RecoveryRecords.DRILL, execution.getProcessInstanceId(),
        plan, summary, null, null), now);
    plans.drillStarted(plan.id(), now);
  }
}
