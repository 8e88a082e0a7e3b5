package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import org.springframework.stereotype.Component;

/** "Acknowledge to reporter": mails the reporter the incident number, once. */
@Component("acknowledgeReporter")
record AcknowledgeReporterDelegate(IncidentMails mails) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    mails.toReporter(incident, "registered", "Incident registered: " + incident.get(SUMMARY),
        "Your incident has been registered as " + incident.get(INCIDENT_NUMBER) + ".\n\n" + incident.get(SUMMARY)
            + "\n\nThe service desk is on it; you will hear from us when it is resolved.");
  }
}
