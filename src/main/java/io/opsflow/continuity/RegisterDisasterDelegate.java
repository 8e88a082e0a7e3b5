package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.EngineClock;
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
record RegisterDisasterDelegate(RecoveryRegistration registration, RecoveryRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant declared = EngineClock.now();
    RecoveryRegistration.Registered disaster = registration.number(execution, DisasterIds.PREFIX, DISASTER_NUMBER);
    DrPlans.Version plan = disaster.plan();
    RecoveryVariables variables = RecoveryVariables.of(execution);
    List<String> affected = variables.get(AFFECTED_SYSTEMS);
    List<String> systems = affected.isEmpty() ? plan.systems() : affected;
    variables.set(DECLARED_AT, declared).set(SCENARIO, plan.scenario()).set(SYSTEM_IDS, new ArrayList<>(systems))
        .set(RECOVERY_DEADLINE, declared.plusSeconds(60L * plan.rtoMinutes()));
    String incident = variables.get(INCIDENT_NUMBER);
    records.register(new RecoveryRecords.Registration(disaster.number(), RecoveryRecords.DISASTER,
        execution.getProcessInstanceId(), plan, variables.get(SUMMARY), declared,
        incident == null || incident.isBlank() ? null : incident.strip()), declared);
    records.systems(disaster.number(), systems);
  }
}
