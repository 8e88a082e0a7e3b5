package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.identity.Roles;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Activate DR plan": everyone on the plan, and the incident managers, learn at once that the plan
 * (the version the disaster was registered under) is in force, which systems to recover by when,
 * and the runbook to follow; times in the business-hours zone.
 */
@Component("activateDrPlan")
record ActivateDrPlanDelegate(RecoveryMail mail) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables disaster) {
    DrPlans.Version plan = mail.plan(disaster);
    List<String> systems = disaster.get(SYSTEM_IDS);
    String summary = disaster.get(SUMMARY);
    String incident = disaster.get(INCIDENT_NUMBER);
    Instant declared = disaster.get(DECLARED_AT);
    mail.toStakeholders(disaster.number(), "activated", plan, systems, null,
        List.of(Roles.INCIDENT_MANAGER, Roles.PROCESS_OWNER),
        "DR plan " + plan.name() + " activated: " + summary,
        "A disaster has been declared at " + mail.shown(declared) + ": " + summary
            + (incident == null || incident.isBlank() ? "" : " (incident " + incident + ")")
            + "\n\nThe DR plan " + plan.id() + " (version " + plan.version() + ") is in force now."
            + "\nSystems to recover: " + String.join(", ", systems)
            + "\nRecover them within " + plan.rtoMinutes() + " minutes (RTO, by "
            + mail.shown(declared.plusSeconds(60L * plan.rtoMinutes())) + "), losing at most " + plan.rpoMinutes()
            + " minutes of data (RPO).\n\nRunbook:\n" + RecoveryReport.numbered(plan.runbookSteps()));
  }
}
