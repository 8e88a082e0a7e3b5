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
 * "Notify stakeholders": mails everyone on the plan what will happen when (the plan version the
 * drill was registered under, the window in the business-hours zone); the service desk and the
 * incident managers too, so that alerts in the window are not taken for an outage.
 */
@Component("notifyDrillStakeholders")
class NotifyDrillStakeholdersDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;
  private final ZoneId zone;

  NotifyDrillStakeholdersDelegate(DrPlans plans, Stakeholders stakeholders, MailNotifier mail, BusinessHours hours) {
    this.plans = plans;
    this.stakeholders = stakeholders;
    this.mail = mail;
    this.zone = hours.zone();
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables drill = RecoveryVariables.of(execution);
    String number = drill.number();
    List<String> systems = drill.systems();
    String window = Times.window(drill.plannedWindowStart(), drill.plannedWindowEnd(), zone);
    DrPlans.Version plan = plans.registered(drill.planId(), drill.planVersion());
    mail.send(number + ":announced", stakeholders.of(plan, systems, drill.participants(), DrillIds.PROCESS_OWNERS,
            DrillIds.INCIDENT_MANAGERS, DrillIds.SERVICE_DESK),
        "[" + number + "] DR drill of " + plan.name() + ", " + window,
        "A disaster-recovery drill of " + plan.name() + " (plan " + plan.id() + ", version " + plan.version()
            + ") is approved.\n\nScenario: " + drill.scenario()
            + "\nWindow: " + window
            + "\nSystems to fail over: " + String.join(", ", systems)
            + "\nTargets: recovery within " + drill.rtoTargetMinutes() + " minutes (RTO), at most "
            + drill.rpoTargetMinutes() + " minutes of data lost (RPO)"
            + "\nParticipants: " + (drill.participants() == null ? "-" : drill.participants())
            + "\n\nAlerts from these systems in the window come from the drill."
            + "\n\nRunbook:\n" + RecoveryReport.numbered(drill.runbookSteps()));
  }
}
