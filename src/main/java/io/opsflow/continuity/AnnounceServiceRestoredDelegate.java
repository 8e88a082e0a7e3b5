package io.opsflow.continuity;

import io.opsflow.identity.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Announce service restored": every system passed its recovery test; everyone on the plan (as
 * registered with the disaster) hears it.
 */
@Component("announceServiceRestored")
record AnnounceServiceRestoredDelegate(RecoveryRecords records, RecoveryMail mail) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables disaster) {
    String number = disaster.number();
    DrPlans.Version plan = mail.plan(disaster);
    RecoveryRecords.Recovery record = records.find(number).orElseThrow();
    records.status(number, "RESTORED");
    mail.toStakeholders(number, "restored", plan, record.systemIds(), null,
        List.of(Roles.INCIDENT_MANAGER, Roles.PROCESS_OWNER),
        "Service restored: " + plan.name(),
        "Every system of " + plan.name() + " is recovered and has passed its recovery test.\n\n"
            + String.join("\n", record.systems().stream().map(RecoveryReport::line).toList())
            + "\n\nThe post-disaster evaluation and the plan revision follow.");
  }
}
