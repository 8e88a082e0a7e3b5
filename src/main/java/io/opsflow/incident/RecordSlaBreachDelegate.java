package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record SLA breach": the tier's budget ran out; the ticket records it, the incident managers hear of it. */
@Component("recordSlaBreach")
class RecordSlaBreachDelegate implements JavaDelegate {

  private final IncidentMails mails;
  private final IncidentRecords records;

  RecordSlaBreachDelegate(IncidentMails mails, IncidentRecords records) {
    this.mails = mails;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String tier = incident.currentTier();
    records.slaBreached(incident.incidentNumber(), tier, EngineClock.now());
    mails.toIncidentManagers(incident, "sla-breach:" + incident.tierEntries(),
        "SLA breached at " + tier + " (" + incident.priority() + ")",
        "The " + tier + " budget for " + incident.incidentNumber() + " ran out before it was resolved.\n\n"
            + incident.summary()
            + (IncidentIds.L3.equals(tier) ? "\n\nThere is no further tier: the incident is now yours to resolve."
                : "\n\nIt has been escalated to the next tier."));
  }
}
