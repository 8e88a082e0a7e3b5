package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Record resolution": who resolved it (the service desk at first contact, or the tier) and their
 * fault report (cause, fix, prevention), and
 * until when the reporter may answer: {@code opsflow.incident.confirmation-window} on the
 * business calendar (three business days by default), then it closes by itself.
 */
@Component("recordResolution")
class RecordResolutionDelegate implements IncidentVariables.Step {

  private final BusinessCalendar calendar;
  private final IncidentRecords records;
  private final String confirmationWindow;

  RecordResolutionDelegate(BusinessCalendar calendar, IncidentRecords records,
      @Value("${opsflow.incident.confirmation-window:P3D}") String confirmationWindow) {
    this.calendar = calendar;
    this.records = records;
    this.confirmationWindow = confirmationWindow;
  }

  @Override
  public void execute(IncidentVariables incident) {
    String resolvedBy = incident.get(RESOLVED_AT_FIRST_CONTACT) ? Roles.SERVICE_DESK : incident.get(CURRENT_TIER);
    Instant now = EngineClock.now();
    incident.set(RESOLVED_TIER, resolvedBy)
        .set(RESOLUTION_COUNT, incident.get(RESOLUTION_COUNT) + 1)
        .set(CONFIRMATION_DUE, calendar.due(now, confirmationWindow, BusinessCalendar.BUSINESS_HOURS));
    records.resolved(incident.get(INCIDENT_NUMBER), resolvedBy, new IncidentRecords.FaultReport(
        incident.get(FAULT_CAUSE), incident.get(RESOLUTION_NOTES), incident.get(PREVENTIVE_MEASURES)), now);
  }
}
