package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Escalate to incident manager" (drill and disaster): a system is still not recovered when the
 * drill window closes or the RTO has passed. The incident managers are mailed to take charge (a
 * drill that cannot fail back is a production outage); the escalation is kept on the system's row.
 */
@Component("escalateRecovery")
record EscalateRecoveryDelegate(RecoveryRecords records, RecoveryMail mail) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables recovery) {
    String number = recovery.number();
    String system = recovery.get(SYSTEM_ID);
    String what = recovery.disaster()
        ? "within its recovery time objective of " + recovery.get(RTO_TARGET_MINUTES) + " minutes"
        : "within the drill window";
    mail.toGroup(number, "escalated:" + system, Roles.INCIDENT_MANAGER, system + " not recovered in time",
        system + " has not been recovered " + what + " (" + recovery.get(SUMMARY) + ", plan "
            + recovery.planId() + ").\n\nTake charge of its recovery with the operations engineers; if the service "
            + "is down for its users, open a major incident.\n\nRunbook:\n"
            + RecoveryReport.numbered(recovery.runbookSteps()));
    records.escalated(number, system, EngineClock.now());
  }
}
