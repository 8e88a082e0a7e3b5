package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.Times;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Measure recovery" (in the drill and in the disaster, for each system): the recovery time
 * achieved, from the start of the failover in a drill, from the declaration in a real disaster
 * (the clock starts when the plan is activated), stored with the data-loss window and the issues.
 */
@Component("measureRecovery")
record MeasureRecoveryDelegate(RecoveryRecords records) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables system) {
    Instant started = system.get(FAILOVER_STARTED_AT);
    Instant recovered = system.get(RECOVERED_AT);
    int minutes = Times.minutesBetween(system.disaster() ? system.get(DECLARED_AT) : started, recovered);
    system.setLocal(MEASURED_RTO_MINUTES, minutes);
    records.failoverMeasured(system.number(), system.get(SYSTEM_ID), started, recovered, minutes,
        system.get(DATA_LOSS_MINUTES), system.get(ISSUES));
  }
}
