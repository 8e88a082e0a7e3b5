package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** "Warn incident manager": 75 % of the tier's budget is used; mailed once per tier visit. */
@Component("warnIncidentManager")
record WarnIncidentManagerDelegate(IncidentMails mails, IncidentRecords records, BusinessHours hours)
    implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String tier = incident.get(CURRENT_TIER);
    records.event(incident.get(INCIDENT_NUMBER), "SLA_WARNING", tier, null, EngineClock.now());
    mails.toIncidentManagers(incident, "sla-warning:" + incident.get(TIER_ENTRIES),
        "SLA at risk at " + tier + " (" + incident.get(PRIORITY) + ")",
        "75 % of the " + tier + " budget for " + incident.get(INCIDENT_NUMBER) + " is used up and it is not resolved.\n\n"
            + incident.get(SUMMARY) + "\n\nDue at this tier: " + Times.shown(incident.get(TIER_DUE), hours.zone()));
  }
}
