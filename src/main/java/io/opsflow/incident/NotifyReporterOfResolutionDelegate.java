package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import org.springframework.stereotype.Component;

/** "Notify reporter of resolution": once per resolution (a reopened incident is resolved anew). */
@Component("notifyReporterOfResolution")
record NotifyReporterOfResolutionDelegate(IncidentMails mails) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    mails.toReporter(incident, "resolved:" + incident.get(RESOLUTION_COUNT), "Incident resolved: " + incident.get(SUMMARY),
        "Your incident " + incident.get(INCIDENT_NUMBER) + " has been resolved:\n\n" + incident.get(RESOLUTION_NOTES)
            + "\n\nThe service desk will confirm with you. If it is not fixed, tell them and it will be reopened.");
  }
}
