package io.opsflow.continuity;

import io.opsflow.platform.Times;
import io.opsflow.notification.MailNotifier;
import io.opsflow.sla.BusinessHours;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Activate DR plan": everyone on the plan, and the incident managers, learn at once that the plan
 * (the version the disaster was registered under) is in force, which systems to recover by when,
 * and the runbook to follow; times in the business-hours zone.
 */
@Component("activateDrPlan")
class ActivateDrPlanDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;
  private final ZoneId zone;

  ActivateDrPlanDelegate(DrPlans plans, Stakeholders stakeholders, MailNotifier mail, BusinessHours hours) {
    this.plans = plans;
    this.stakeholders = stakeholders;
    this.mail = mail;
    this.zone = hours.zone();
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables disaster = RecoveryVariables.of(execution);
    String number = disaster.number();
    DrPlans.Version plan = plans.registered(disaster.planId(), disaster.planVersion());
    List<String> systems = RecoveryVariables.list(execution.getVariable(RecoveryVariables.SYSTEM_IDS));
    mail.send(number + ":activated", stakeholders.of(plan, systems, null, DrillIds.INCIDENT_MANAGERS, DrillIds.PROCESS_OWNERS),
        "[" + number + "] DR plan " + plan.name() + " activated: " + disaster.summary(),
        "A disaster has been declared at " + Times.shown(disaster.declaredAt(), zone) + ": " + disaster.summary()
            + (disaster.incidentNumber() == null || disaster.incidentNumber().isBlank() ? ""
                : " (incident " + disaster.incidentNumber() + ")")
            + "\n\nThe DR plan " + plan.id() + " (version " + plan.version() + ") is in force now."
            + "\nSystems to recover: " + String.join(", ", systems)
            + "\nRecover them within " + plan.rtoMinutes() + " minutes (RTO, by "
            + Times.shown(disaster.declaredAt().plusSeconds(60L * plan.rtoMinutes()), zone) + "), losing at most "
            + plan.rpoMinutes()
            + " minutes of data (RPO).\n\nRunbook:\n" + RecoveryReport.numbered(plan.runbookSteps()));
  }
}
