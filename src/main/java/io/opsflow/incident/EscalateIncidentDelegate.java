package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Escalate incident": hands the incident to the next tier (L1 → L2 → L3); an L2 group L1 chose
 * instead of the routed one is recorded with L1's reason.
 */
@Component("escalateIncident")
record EscalateIncidentDelegate(IncidentRecords records) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String from = incident.get(CURRENT_TIER);
    String to = next(from);
    incident.set(CURRENT_TIER, to).set(ESCALATE, null);
    records.event(incident.get(INCIDENT_NUMBER), "ESCALATED", to, "from " + from, EngineClock.now());
    String group = incident.get(L2_GROUP); // none on an incident of a model before the L2 groups
    if (IncidentIds.L2.equals(to) && group != null && !group.equals(incident.get(ROUTED_L2_GROUP))) {
      records.event(incident.get(INCIDENT_NUMBER), "L2_GROUP_CHOSEN", to, group + " instead of "
          + incident.get(ROUTED_L2_GROUP) + ": " + incident.get(L2_GROUP_REASON), EngineClock.now());
    }
  }

  static String next(String tier) {
    return switch (tier) {
      case IncidentIds.L1 -> IncidentIds.L2;
      case IncidentIds.L2 -> IncidentIds.L3;
      default -> throw new IllegalStateException("there is no tier above " + tier);
    };
  }
}
