package io.opsflow.incident;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The incident's mail: to its reporter or to the incident managers, subject tagged with the
 * incident number, sent once per occasion (a retried job does not mail twice).
 */
@Component
class IncidentMails {

  static final String INCIDENT_MANAGERS = "incident-manager";

  private final MailNotifier mail;
  private final Recipients recipients;

  IncidentMails(MailNotifier mail, Recipients recipients) {
    this.mail = mail;
    this.recipients = recipients;
  }

  void toReporter(IncidentVariables incident, String occasion, String subject, String body) {
    send(incident, occasion, recipients.user(incident.reporter()), subject, body);
  }

  void toIncidentManagers(IncidentVariables incident, String occasion, String subject, String body) {
    send(incident, occasion, recipients.group(INCIDENT_MANAGERS), subject, body);
  }

  private void send(IncidentVariables incident, String occasion, List<String> to, String subject, String body) {
    String number = incident.incidentNumber();
    mail.send(number + ":" + occasion, to, "[" + number + "] " + subject, body);
  }
}
