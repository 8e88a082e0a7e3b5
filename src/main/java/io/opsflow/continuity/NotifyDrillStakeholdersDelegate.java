package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.identity.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Notify stakeholders": mails everyone on the plan what will happen when (the plan version the
 * drill was registered under, the window in the business-hours zone); the service desk and the
 * incident managers too, so that alerts in the window are not taken for an outage.
 */
@Component("notifyDrillStakeholders")
record NotifyDrillStakeholdersDelegate(RecoveryMail mail) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables drill) {
    List<String> systems = drill.systems();
    String window = mail.window(drill.get(PLANNED_WINDOW_START), drill.get(PLANNED_WINDOW_END));
    String participants = drill.get(PARTICIPANTS);
    DrPlans.Version plan = mail.plan(drill);
    mail.toStakeholders(drill.number(), "announced", plan, systems, participants,
        List.of(Roles.PROCESS_OWNER, Roles.INCIDENT_MANAGER, Roles.SERVICE_DESK),
        "DR drill of " + plan.name() + ", " + window,
        "A disaster-recovery drill of " + plan.name() + " (plan " + plan.id() + ", version " + plan.version()
            + ") is approved.\n\nScenario: " + drill.get(SCENARIO)
            + "\nWindow: " + window
            + "\nSystems to fail over: " + String.join(", ", systems)
            + "\nTargets: recovery within " + drill.get(RTO_TARGET_MINUTES) + " minutes (RTO), at most "
            + drill.get(RPO_TARGET_MINUTES) + " minutes of data lost (RPO)"
            + "\nParticipants: " + (participants == null ? "-" : participants)
            + "\n\nAlerts from these systems in the window come from the drill."
            + "\n\nRunbook:\n" + RecoveryReport.numbered(drill.runbookSteps()));
  }
}
