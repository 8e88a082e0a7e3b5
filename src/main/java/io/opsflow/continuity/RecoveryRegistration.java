package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.TicketNumbers;
import io.opsflow.platform.process.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What "Register drill" and "Register disaster" share: a number of its own as business key
 * (whatever a caller handed in: neither task is async, so it never serves a retry), and the plan
 * version in force handed to the process: its name, targets and runbook.
 */
@Component
record RecoveryRegistration(TicketNumbers numbers, DrPlans plans) {

  /** The number given, and the plan version registered under. */
  record Registered(String number, DrPlans.Version plan) {
  }

  Registered number(DelegateExecution execution, String prefix, Variable<String> numberVariable) {
    RecoveryVariables recovery = RecoveryVariables.of(execution);
    String number = numbers.next(prefix);
    recovery.set(numberVariable, number);
    execution.setProcessBusinessKey(number);
    DrPlans.Version plan = plans.inForce(recovery.planId())
        .orElseThrow(() -> new IllegalStateException("DR plan " + recovery.planId() + " went out of force")).current();
    recovery.set(PLAN_NAME, plan.name()).set(PLAN_VERSION, plan.version())
        .set(RTO_TARGET_MINUTES, plan.rtoMinutes()).set(RPO_TARGET_MINUTES, plan.rpoMinutes())
        .set(RUNBOOK_STEPS, String.join("\n", plan.runbookSteps()));
    return new Registered(number, plan);
  }
}
