package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record resolution": who resolved it (the service desk at first contact, or the tier), and
 * until when the reporter may answer: three business days, then it closes by itself.
 */
@Component("recordResolution")
class RecordResolutionDelegate implements JavaDelegate {

  static final String SERVICE_DESK = "service-desk";
  static final String CONFIRMATION_WINDOW = "P3D";

  private final BusinessCalendar calendar;
  private final IncidentRecords records;

  RecordResolutionDelegate(BusinessCalendar calendar, IncidentRecords records) {
    this.calendar = calendar;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String resolvedBy = incident.resolvedAtFirstContact() ? SERVICE_DESK : incident.currentTier();
    Instant now = EngineClock.now();
    incident.set(IncidentVariables.RESOLVED_TIER, resolvedBy)
        .set(IncidentVariables.RESOLUTION_COUNT, incident.resolutionCount() + 1)
        .setTime(IncidentVariables.CONFIRMATION_DUE, calendar.due(now, CONFIRMATION_WINDOW, BusinessCalendar.BUSINESS_HOURS));
    records.resolved(incident.incidentNumber(), resolvedBy, incident.resolutionNotes(), now);
  }
}
