package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start tier SLA clock": the tier working the incident now (the routed first tier, the next
 * one after an escalation, the resolving one after a reopen) gets its budget: warning at 75 %,
 * due at 100 %.
 */
@Component("startTierClock")
class StartTierClockDelegate implements JavaDelegate {

  static final double WARNING_AT = 0.75;

  private final BusinessCalendar calendar;
  private final IncidentRecords records;

  StartTierClockDelegate(BusinessCalendar calendar, IncidentRecords records) {
    this.calendar = calendar;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String tier = incident.currentTier() != null ? incident.currentTier() : incident.firstTier();
    Instant now = EngineClock.now();
    incident.set(IncidentVariables.CURRENT_TIER, tier)
        .set(IncidentVariables.TIER_ENTRIES, incident.tierEntries() + 1)
        .setTime(IncidentVariables.TIER_WARNING_AT, calendar.due(now, incident.tierBudget(), incident.slaCalendar(), WARNING_AT))
        .setTime(IncidentVariables.TIER_DUE, calendar.due(now, incident.tierBudget(), incident.slaCalendar()));
    records.enteredTier(incident.incidentNumber(), tier, incident.major(), now);
  }
}
