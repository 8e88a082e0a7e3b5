package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Warn incident manager": 75 % of the tier's budget is used; mailed once per tier visit. */
@Component("warnIncidentManager")
class WarnIncidentManagerDelegate implements JavaDelegate {

  private final IncidentMails mails;
  private final IncidentRecords records;

  WarnIncidentManagerDelegate(IncidentMails mails, IncidentRecords records) {
    this.mails = mails;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String tier = incident.currentTier();
    records.event(incident.incidentNumber(), "SLA_WARNING", tier, null, EngineClock.now());
    mails.toIncidentManagers(incident, "sla-warning:" + incident.tierEntries(),
        "SLA at risk at " + tier + " (" + incident.priority() + ")",
        "75 % of the " + tier + " budget for " + incident.incidentNumber() + " is used up and it is not resolved.\n\n"
            + incident.summary() + "\n\nDue at this tier: " + execution.getVariable(IncidentVariables.TIER_DUE));
  }
}
