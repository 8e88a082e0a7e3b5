package io.opsflow.incident;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify reporter of resolution": once per resolution (a reopened incident is resolved anew). */
@Component("notifyReporterOfResolution")
class NotifyReporterOfResolutionDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;

  NotifyReporterOfResolutionDelegate(MailNotifier mail, Recipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    mail.send(number + ":resolved:" + incident.resolutionCount(), recipients.user(incident.reporter()),
        "[" + number + "] Incident resolved: " + incident.summary(),
        "Your incident " + number + " has been resolved:\n\n" + incident.resolutionNotes()
            + "\n\nThe service desk will confirm with you. If it is not fixed, tell them and it will be reopened.");
  }
}
