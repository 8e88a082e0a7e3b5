package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Reopen incident": not fixed, says the reporter. It goes back to the tier that resolved it
 * (an incident resolved at first contact goes to its routed first tier).
 */
@Component("reopenIncident")
record ReopenIncidentDelegate(IncidentRecords records) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String resolvedBy = incident.get(RESOLVED_TIER);
    String tier = IncidentIds.TIERS.contains(resolvedBy) ? resolvedBy : null;
    incident.set(CURRENT_TIER, tier)
        .set(RESOLVED_AT_FIRST_CONTACT, false)
        .set(CONFIRMED, null)
        .set(SATISFACTION, null);
    records.reopened(incident.get(INCIDENT_NUMBER), tier, EngineClock.now());
  }
}
