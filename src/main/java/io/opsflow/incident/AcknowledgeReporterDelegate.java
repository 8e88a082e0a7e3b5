package io.opsflow.incident;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Acknowledge to reporter": mails the reporter the incident number, once. */
@Component("acknowledgeReporter")
class AcknowledgeReporterDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;

  AcknowledgeReporterDelegate(MailNotifier mail, Recipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    mail.send(number + ":registered", recipients.user(incident.reporter()),
        "[" + number + "] Incident registered: " + incident.summary(),
        "Your incident has been registered as " + number + ".\n\n" + incident.summary()
            + "\n\nThe service desk is on it; you will hear from us when it is resolved.");
  }
}
