package io.opsflow.change;

import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import io.opsflow.platform.process.EngineClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Raise major incident": the backout failed, so production is left broken: a P1 incident (high
 * impact, high urgency) on the change's most critical item goes to incident management. Its start
 * happens in this job's transaction, so a retried job never opens a second one.
 */
@Component("raiseMajorIncident")
record RaiseMajorIncidentDelegate(IncidentIntake incidents, Cmdb cmdb, ChangeRecords records) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    List<String> cis = change.get(ChangeVariables.AFFECTED_CIS);
    Cmdb.Item worst = Cmdb.mostCritical(cmdb.items(cis)).orElseThrow();
    IncidentRequest incident = new IncidentRequest("Backout of " + number + " failed: " + change.get(ChangeVariables.SUMMARY),
        "Change " + number + " failed verification and its backout plan did not restore the service.\n\n"
            + "Backout notes: " + change.get(ChangeVariables.BACKOUT_NOTES) + "\n\nItems: " + String.join(", ", cis),
        "high", "high", worst.incidentCategory(), worst.id(), change.get(ChangeVariables.REQUESTER));
    String incidentNumber = incidents.open(incident).incidentNumber();
    change.set(ChangeVariables.INCIDENT_NUMBER, incidentNumber);
    records.incidentRaised(number, incidentNumber, EngineClock.now());
  }
}
