package io.opsflow.continuity;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Escalate to incident manager" (drill and disaster): a system is still not recovered when the
 * drill window closes or the RTO has passed. The incident managers are mailed to take charge (a
 * drill that cannot fail back is a production outage); the escalation is kept on the system's row.
 */
@Component("escalateRecovery")
class EscalateRecoveryDelegate implements JavaDelegate {

  private final RecoveryRecords records;
  private final MailNotifier mail;
  private final Recipients recipients;

  EscalateRecoveryDelegate(RecoveryRecords records, MailNotifier mail, Recipients recipients) {
    this.records = records;
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables system = RecoveryVariables.of(execution);
    String number = system.number();
    String what = system.disaster() ? "within its recovery time objective of " + system.rtoTargetMinutes() + " minutes"
        : "within the drill window";
    mail.send(number + ":escalated:" + system.systemId(), recipients.group(DrillIds.INCIDENT_MANAGERS),
        "[" + number + "] " + system.systemId() + " not recovered in time",
        system.systemId() + " has not been recovered " + what + " (" + system.summary() + ", plan "
            + system.planId() + ").\n\nTake charge of its recovery with the operations engineers; if the service "
            + "is down for its users, open a major incident.\n\nRunbook:\n"
            + RecoveryReport.numbered(system.runbookSteps()));
    records.escalated(number, system.systemId(), EngineClock.now());
  }
}
