package io.opsflow.incident;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record SLA breach": the tier's budget ran out; the ticket records it, the incident manager hears of it. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final IncidentRecords records;

  RecordSlaBreachDelegate(MailNotifier mail, Recipients recipients, IncidentRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    String tier = incident.currentTier();
    records.slaBreached(number, tier, IncidentClock.now());
    mail.send(number + ":sla-breach:" + incident.tierEntries(), recipients.group(WarnIncidentManagerDelegate.INCIDENT_MANAGERS),
        "[" + number + "] SLA breached at " + tier + " (" + incident.priority() + ")",
        "The " + tier + " budget for " + number + " ran out before it was resolved.\n\n" + incident.summary()
            + (IncidentIds.L3.equals(tier) ? "\n\nThere is no further tier: the incident is now yours to resolve."
                : "\n\nIt has been escalated to the next tier."));
  }
}
