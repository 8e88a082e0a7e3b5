package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** "Record emergency plan": the ticket records which emergency plan the major incident ran under and when it was activated. */
@Component("recordEmergencyPlan")
record RecordEmergencyPlanDelegate(IncidentRecords records, BusinessHours hours) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    records.event(incident.get(INCIDENT_NUMBER), "EMERGENCY_PLAN_ACTIVATED", null,
        incident.get(EMERGENCY_PLAN_KIND) + " " + incident.get(EMERGENCY_PLAN) + " at "
            + Times.shown(incident.get(EMERGENCY_PLAN_ACTIVATED_AT), hours.zone()),
        incident.get(EMERGENCY_PLAN_ACTIVATED_AT));
  }
}
