package io.opsflow.continuity;

import io.opsflow.platform.Times;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Measure recovery" (in the drill and in the disaster, for each system): the recovery time
 * achieved, from the start of the failover in a drill, from the declaration in a real disaster
 * (the clock starts when the plan is activated), stored with the data-loss window and the issues.
 */
@Component("measureRecovery")
class MeasureRecoveryDelegate implements JavaDelegate {

  private final RecoveryRecords records;

  MeasureRecoveryDelegate(RecoveryRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables system = RecoveryVariables.of(execution);
    Instant clockStart = system.disaster() ? system.declaredAt() : system.failoverStartedAt();
    int minutes = Times.minutesBetween(clockStart, system.recoveredAt());
    system.setLocal(RecoveryVariables.MEASURED_RTO_MINUTES, minutes);
    records.failoverMeasured(system.number(), system.systemId(), system.failoverStartedAt(), system.recoveredAt(),
        minutes, system.dataLossMinutes(), system.issues());
  }
}
