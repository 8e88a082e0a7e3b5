package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** "Warn service desk lead": the response target passed and nobody has claimed the incident. */
@Component("warnServiceDeskLead")
record WarnServiceDeskLeadDelegate(FirstContactWatch watch, IncidentMails mails, IncidentRecords records,
    BusinessHours hours) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String number = incident.get(INCIDENT_NUMBER);
    if (watch.taken(number)) {
      return;
    }
    records.event(number, "RESPONSE_OVERDUE", null, "service desk lead warned", EngineClock.now());
    mails.toServiceDeskLeads(incident, "response-overdue",
        "Nobody has taken the incident / 事件无人响应 (" + incident.get(PRIORITY) + ")",
        number + " passed its response target (" + Times.shown(incident.get(RESPONSE_DUE), hours.zone())
            + ") and nobody has taken it. If it is still not taken at "
            + Times.shown(incident.get(RESPONSE_ESCALATION_AT), hours.zone()) + ", the incident managers are told.\n"
            + number + " 已超过响应时限，仍无人受理；到 " + Times.shown(incident.get(RESPONSE_ESCALATION_AT), hours.zone())
            + " 仍无人受理将通知事件经理。\n\n" + incident.get(SUMMARY));
  }
}
