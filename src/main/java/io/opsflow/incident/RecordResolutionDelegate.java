package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Record resolution": who resolved it (the service desk at first contact, or the tier), and
 * until when the reporter may answer: three business days, then it closes by itself.
 */
@Component("recordResolution")
record RecordResolutionDelegate(BusinessCalendar calendar, IncidentRecords records) implements IncidentVariables.Step {

  static final String CONFIRMATION_WINDOW = "P3D";

  @Override
  public void execute(IncidentVariables incident) {
    String resolvedBy = incident.get(RESOLVED_AT_FIRST_CONTACT) ? Roles.SERVICE_DESK : incident.get(CURRENT_TIER);
    Instant now = EngineClock.now();
    incident.set(RESOLVED_TIER, resolvedBy)
        .set(RESOLUTION_COUNT, incident.get(RESOLUTION_COUNT) + 1)
        .set(CONFIRMATION_DUE, calendar.due(now, CONFIRMATION_WINDOW, BusinessCalendar.BUSINESS_HOURS));
    records.resolved(incident.get(INCIDENT_NUMBER), resolvedBy, incident.get(RESOLUTION_NOTES), now);
  }
}
