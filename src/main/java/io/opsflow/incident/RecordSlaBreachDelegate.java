package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Record SLA breach": the tier's budget ran out; the ticket records it, the incident managers hear
 * of it, and what the tier wrote as Tasklist comments joins the earlier notes (its form was never
 * sent), for the next tier or, after L3, the incident manager.
 */
@Component("recordSlaBreach")
record RecordSlaBreachDelegate(IncidentMails mails, IncidentRecords records, TierComments comments)
    implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String tier = incident.get(CURRENT_TIER);
    incident.set(EARLIER_NOTES, comments.addTo(incident.get(EARLIER_NOTES), EscalateIncidentDelegate.tierName(tier)));
    records.slaBreached(incident.get(INCIDENT_NUMBER), tier, EngineClock.now());
    mails.toIncidentManagers(incident, "sla-breach:" + incident.get(TIER_ENTRIES),
        "SLA breached at " + tier + " (" + incident.get(PRIORITY) + ")",
        "The " + tier + " budget for " + incident.get(INCIDENT_NUMBER) + " ran out before it was resolved.\n\n"
            + incident.get(SUMMARY)
            + (IncidentIds.L3.equals(tier) ? "\n\nThere is no further tier: the incident is now yours to resolve."
                : "\n\nIt has been escalated to the next tier."));
  }
}
