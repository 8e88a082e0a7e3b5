package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
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
record RegisterDrillDelegate(RecoveryRegistration registration, DrPlans plans, RecoveryRecords records)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryRegistration.Registered drill = registration.number(execution, DrillIds.PREFIX, DRILL_NUMBER);
    DrPlans.Version plan = drill.plan();
    RecoveryVariables variables = RecoveryVariables.of(execution);
    String summary = "DR drill of " + plan.name();
    variables.set(SUMMARY, summary);
    if (variables.get(SCENARIO) == null || variables.get(SCENARIO).isBlank()) {
      variables.set(SCENARIO, plan.scenario());
    }
    if (variables.systems().isEmpty()) {
      variables.set(SYSTEMS, new ArrayList<>(plan.systems())); // a list, which the draft form's taglist shows chosen
    }
    Instant now = EngineClock.now();
    records.register(new RecoveryRecords.Registration(drill.number(), RecoveryRecords.DRILL,
        execution.getProcessInstanceId(), plan, summary, null, null), now);
    plans.drillStarted(plan.id(), now);
  }
}
