package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.notification.MailNotifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Notify stakeholders": records the approved drill plan (one result row per system), sets the
 * window the failover timers wait for, and mails everyone on the plan what will happen when; the
 * service desk and the incident managers too, so that alerts in the window are not taken for an
 * outage.
 */
@Component("notifyDrillStakeholders")
class NotifyDrillStakeholdersDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final RecoveryRecords records;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;

  NotifyDrillStakeholdersDelegate(DrPlans plans, RecoveryRecords records, Stakeholders stakeholders, MailNotifier mail) {
    this.plans = plans;
    this.records = records;
    this.stakeholders = stakeholders;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables drill = RecoveryVariables.of(execution);
    String number = drill.number();
    List<String> systems = drill.systems();
    Instant start = drill.plannedWindowStart();
    Instant end = drill.plannedWindowEnd();
    records.planned(number, drill.scenario(), drill.participants(), start, end, systems);
    drill.set(SYSTEM_IDS, new ArrayList<>(systems))
        .set(WINDOW_OPENS_AT, Date.from(start))
        .set(WINDOW_CLOSES_AT, Date.from(end));
    DrPlans.Version plan = plans.current(drill.planId()).current();
    mail.send(number + ":announced", stakeholders.of(plan, systems, drill.participants(), DrillIds.PROCESS_OWNERS,
            DrillIds.INCIDENT_MANAGERS, DrillIds.SERVICE_DESK),
        "[" + number + "] DR drill of " + plan.name() + " from " + start + " to " + end,
        "A disaster-recovery drill of " + plan.name() + " (plan " + plan.id() + ", version " + plan.version()
            + ") is approved.\n\nScenario: " + drill.scenario()
            + "\nWindow: " + start + " to " + end + " (UTC)"
            + "\nSystems to fail over: " + String.join(", ", systems)
            + "\nTargets: recovery within " + drill.rtoTargetMinutes() + " minutes (RTO), at most "
            + drill.rpoTargetMinutes() + " minutes of data lost (RPO)"
            + "\nParticipants: " + (drill.participants() == null ? "-" : drill.participants())
            + "\n\nAlerts from these systems in the window come from the drill."
            + "\n\nRunbook:\n" + RecoveryReport.numbered(drill.runbookSteps()));
  }
}
