package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Record SLA breach": the tier's budget ran out; the ticket records it, the incident managers hear of it. */
@Component("recordSlaBreach")
record RecordSlaBreachDelegate(IncidentMails mails, IncidentRecords records) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String tier = incident.get(CURRENT_TIER);
    records.slaBreached(incident.get(INCIDENT_NUMBER), tier, EngineClock.now());
    mails.toIncidentManagers(incident, "sla-breach:" + incident.get(TIER_ENTRIES),
        "SLA breached at " + tier + " (" + incident.get(PRIORITY) + ")",
        "The " + tier + " budget for " + incident.get(INCIDENT_NUMBER) + " ran out before it was resolved.\n\n"
            + incident.get(SUMMARY)
            + (IncidentIds.L3.equals(tier) ? "\n\nThere is no further tier: the incident is now yours to resolve."
                : "\n\nIt has been escalated to the next tier."));
  }
}
