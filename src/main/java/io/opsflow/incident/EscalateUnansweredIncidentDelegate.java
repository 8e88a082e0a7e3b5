package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/** "Escalate unanswered incident": twice the response target passed and still nobody has claimed the incident. */
@Component("escalateUnansweredIncident")
record EscalateUnansweredIncidentDelegate(FirstContactWatch watch, IncidentMails mails, IncidentRecords records,
    BusinessHours hours) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String number = incident.get(INCIDENT_NUMBER);
    if (watch.taken(number)) {
      return;
    }
    records.event(number, "RESPONSE_OVERDUE", null, "incident managers told", EngineClock.now());
    mails.toIncidentManagers(incident, "response-escalated",
        "Incident still not taken / 事件仍无人响应 (" + incident.get(PRIORITY) + ")",
        number + " was due a response at " + Times.shown(incident.get(RESPONSE_DUE), hours.zone())
            + "; the service desk leads were warned and still nobody has taken it.\n"
            + number + " 响应时限已过，已提醒服务台主管，仍无人受理。\n\n" + incident.get(SUMMARY));
  }
}
