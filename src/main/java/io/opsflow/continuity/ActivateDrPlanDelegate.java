package io.opsflow.continuity;

import io.opsflow.notification.MailNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Activate DR plan": everyone on the plan, and the incident managers, learn at once that the plan
 * is in force, which systems to recover by when, and the runbook to follow.
 */
@Component("activateDrPlan")
class ActivateDrPlanDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;

  ActivateDrPlanDelegate(DrPlans plans, Stakeholders stakeholders, MailNotifier mail) {
    this.plans = plans;
    this.stakeholders = stakeholders;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables disaster = RecoveryVariables.of(execution);
    String number = disaster.number();
    DrPlans.Version plan = plans.current(disaster.planId()).current();
    java.util.List<String> systems = RecoveryVariables.list(execution.getVariable(RecoveryVariables.SYSTEM_IDS));
    mail.send(number + ":activated", stakeholders.of(plan, systems, null, DrillIds.INCIDENT_MANAGERS, DrillIds.PROCESS_OWNERS),
        "[" + number + "] DR plan " + plan.name() + " activated: " + disaster.summary(),
        "A disaster has been declared at " + disaster.declaredAt() + " (UTC): " + disaster.summary()
            + (disaster.incidentNumber() == null || disaster.incidentNumber().isBlank() ? ""
                : " (incident " + disaster.incidentNumber() + ")")
            + "\n\nThe DR plan " + plan.id() + " (version " + plan.version() + ") is in force now."
            + "\nSystems to recover: " + String.join(", ", systems)
            + "\nRecover them within " + plan.rtoMinutes() + " minutes (RTO), losing at most " + plan.rpoMinutes()
            + " minutes of data (RPO).\n\nRunbook:\n" + RecoveryReport.numbered(plan.runbookSteps()));
  }
}
