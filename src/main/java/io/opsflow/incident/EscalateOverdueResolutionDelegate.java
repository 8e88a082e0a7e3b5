package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import org.springframework.stereotype.Component;

/**
 * "Escalate overdue resolution": the incident's resolution target passed, whichever tier holds it
 * and whatever its budget says; the breach is recorded once and the incident managers are mailed.
 */
@Component("escalateOverdueResolution")
record EscalateOverdueResolutionDelegate(IncidentMails mails, IncidentRecords records, BusinessHours hours)
    implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String number = incident.get(INCIDENT_NUMBER);
    String tier = incident.get(CURRENT_TIER);
    records.resolutionOverdue(number, tier, EngineClock.now());
    mails.toIncidentManagers(incident, "resolution-overdue",
        "Resolution target passed / 故障处理超时 (" + incident.get(PRIORITY) + ")",
        number + " was due to be resolved by " + Times.shown(incident.get(RESOLUTION_DUE), hours.zone())
            + " and is still open at " + tier + ". Take charge of it.\n"
            + number + " 已超过故障处理时限，仍在 " + tier + " 处理中，请事件经理介入。\n\n" + incident.get(SUMMARY));
  }
}
