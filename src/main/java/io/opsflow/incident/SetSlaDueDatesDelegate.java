package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Set SLA due dates": response and resolution due from the priority's targets and calendar. */
@Component("setSlaDueDates")
class SetSlaDueDatesDelegate implements JavaDelegate {

  private final BusinessCalendar calendar;
  private final IncidentRecords records;

  SetSlaDueDatesDelegate(BusinessCalendar calendar, IncidentRecords records) {
    this.calendar = calendar;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    Instant now = EngineClock.now();
    Instant responseDue = calendar.due(now, incident.responseTarget(), incident.slaCalendar());
    Instant resolutionDue = calendar.due(now, incident.resolutionTarget(), incident.slaCalendar());
    incident.setTime(IncidentVariables.RESPONSE_DUE, responseDue).setTime(IncidentVariables.RESOLUTION_DUE, resolutionDue);
    records.prioritised(incident.incidentNumber(), incident.priority(), responseDue, resolutionDue);
  }
}
