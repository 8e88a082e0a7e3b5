package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Set SLA due dates": response and resolution due from the priority's targets and calendar, and
 * when an incident nobody has taken goes to the incident managers (the response target once more).
 */
@Component("setSlaDueDates")
record SetSlaDueDatesDelegate(BusinessCalendar calendar, IncidentRecords records) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    Instant now = EngineClock.now();
    Instant responseDue = calendar.due(now, incident.get(RESPONSE_TARGET), incident.get(SLA_CALENDAR));
    Instant resolutionDue = calendar.due(now, incident.get(RESOLUTION_TARGET), incident.get(SLA_CALENDAR));
    incident.set(RESPONSE_DUE, responseDue).set(RESOLUTION_DUE, resolutionDue)
        .set(RESPONSE_ESCALATION_AT, calendar.due(responseDue, incident.get(RESPONSE_TARGET), incident.get(SLA_CALENDAR)));
    records.prioritised(incident.get(INCIDENT_NUMBER), incident.get(PRIORITY), responseDue, resolutionDue);
  }
}
