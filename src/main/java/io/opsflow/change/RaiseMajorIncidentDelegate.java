package io.opsflow.change;

import io.opsflow.configuration.Cmdb;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.platform.EngineClock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Raise major incident": the backout failed, so production is left broken: a P1 incident (high
 * impact, high urgency) on the change's most critical item goes to incident management. Its start
 * happens in this job's transaction, so a retried job never opens a second one.
 */
@Component("raiseMajorIncident")
class RaiseMajorIncidentDelegate implements JavaDelegate {

  /** The incident category an item's type suggests. */
  static final Map<String, String> CATEGORY_OF_TYPE = Map.of("server", "hardware", "database", "database",
      "network-device", "network", "application", "software", "service", "software");

  private final IncidentIntake incidents;
  private final Cmdb cmdb;
  private final ChangeRecords records;

  RaiseMajorIncidentDelegate(IncidentIntake incidents, Cmdb cmdb, ChangeRecords records) {
    this.incidents = incidents;
    this.cmdb = cmdb;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.changeNumber();
    List<Cmdb.Item> items = change.affectedCis().stream().map(id -> cmdb.find(id).orElseThrow()).toList();
    Cmdb.Item worst = items.stream()
        .min((a, b) -> Cmdb.CRITICALITIES.indexOf(a.criticality()) - Cmdb.CRITICALITIES.indexOf(b.criticality()))
        .orElseThrow();
    Map<String, Object> incident = new HashMap<>();
    incident.put("summary", "Backout of " + number + " failed: " + change.summary());
    incident.put("description", "Change " + number + " failed verification and its backout plan did not restore "
        + "the service.\n\nBackout notes: " + change.backoutNotes() + "\n\nItems: " + String.join(", ", change.affectedCis()));
    incident.put("impact", "high");
    incident.put("urgency", "high");
    incident.put("category", CATEGORY_OF_TYPE.getOrDefault(worst.type(), "other"));
    incident.put("affectedCi", worst.id());
    if (change.requester() != null) {
      incident.put("reporter", change.requester());
    }
    String incidentNumber = incidents.open(incident).incidentNumber();
    change.set(ChangeVariables.INCIDENT_NUMBER, incidentNumber);
    records.incidentRaised(number, incidentNumber, EngineClock.now());
  }
}
