package io.opsflow.incident;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Warn incident manager": 75 % of the tier's budget is used; mailed once per tier visit. */
@Component("warnIncidentManager")
class WarnIncidentManagerDelegate implements JavaDelegate {

  static final String INCIDENT_MANAGERS = "incident-manager";

  private final MailNotifier mail;
  private final Recipients recipients;
  private final IncidentRecords records;

  WarnIncidentManagerDelegate(MailNotifier mail, Recipients recipients, IncidentRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    String tier = incident.currentTier();
    records.event(number, "SLA_WARNING", tier, null, IncidentClock.now());
    mail.send(number + ":sla-warning:" + incident.tierEntries(), recipients.group(INCIDENT_MANAGERS),
        "[" + number + "] SLA at risk at " + tier + " (" + incident.priority() + ")",
        "75 % of the " + tier + " budget for " + number + " is used up and it is not resolved.\n\n"
            + incident.summary() + "\n\nDue at this tier: " + execution.getVariable(IncidentVariables.TIER_DUE));
  }
}
