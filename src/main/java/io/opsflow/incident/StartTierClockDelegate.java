package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Start tier SLA clock": the tier working the incident now (the routed first tier, the next
 * one after an escalation, the resolving one after a reopen) gets its budget: warning at 75 %,
 * due at 100 %. At L2 the task goes to the incident's L2 group. What the service desk wrote at
 * first contact becomes the first of the earlier notes the first tier reads; its own notes start
 * empty.
 */
@Component("startTierClock")
record StartTierClockDelegate(BusinessCalendar calendar, IncidentRecords records, BusinessHours hours)
    implements IncidentVariables.Step {

  static final double WARNING_AT = 0.75;

  @Override
  public void execute(IncidentVariables incident) {
    String tier = incident.get(CURRENT_TIER) != null ? incident.get(CURRENT_TIER) : incident.get(FIRST_TIER);
    String budget = incident.get(TIER_BUDGET);
    String slaCalendar = incident.get(SLA_CALENDAR);
    Instant now = EngineClock.now();
    if (incident.get(TIER_ENTRIES) == 0) {
      incident.set(EARLIER_NOTES, EscalateIncidentDelegate.earlierNotes(incident.get(EARLIER_NOTES), "Service desk",
          null, Times.shown(now, hours.zone()), incident.get(RESOLUTION_NOTES))).set(RESOLUTION_NOTES, null);
    }
    String group = IncidentIds.L2.equals(tier) && incident.get(L2_GROUP) != null ? incident.get(L2_GROUP) : tier;
    incident.set(CURRENT_TIER, tier)
        .set(TIER_GROUP, group)
        .set(TIER_ENTRIES, incident.get(TIER_ENTRIES) + 1)
        .set(TIER_WARNING_AT, calendar.due(now, budget, slaCalendar, WARNING_AT))
        .set(TIER_DUE, calendar.due(now, budget, slaCalendar));
    records.enteredTier(incident.get(INCIDENT_NUMBER), tier, group.equals(tier) ? null : group, incident.get(MAJOR), now);
  }
}
