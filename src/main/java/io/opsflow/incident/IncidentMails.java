package io.opsflow.incident;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.springframework.stereotype.Component;

/**
 * The incident's mail: to its reporter or to the incident managers, subject tagged with the
 * incident number, sent once per occasion (a retried job does not mail twice).
 */
@Component
record IncidentMails(MailNotifier mail, Recipients recipients) {

  void toReporter(IncidentVariables incident, String occasion, String subject, String body) {
    mail.sendAbout(incident.get(IncidentVariables.INCIDENT_NUMBER), occasion,
        recipients.user(incident.get(IncidentVariables.REPORTER)), subject, body);
  }

  void toServiceDeskLeads(IncidentVariables incident, String occasion, String subject, String body) {
    mail.sendAbout(incident.get(IncidentVariables.INCIDENT_NUMBER), occasion,
        recipients.group(Roles.SERVICE_DESK_LEAD), subject, body);
  }

  void toIncidentManagers(IncidentVariables incident, String occasion, String subject, String body) {
    mail.sendAbout(incident.get(IncidentVariables.INCIDENT_NUMBER), occasion,
        recipients.group(Roles.INCIDENT_MANAGER), subject, body);
  }
}
