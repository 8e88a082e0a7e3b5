package io.opsflow.continuity;

import io.opsflow.notification.MailNotifier;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Announce service restored": every system passed its recovery test; everyone on the plan (as
 * registered with the disaster) hears it.
 */
@Component("announceServiceRestored")
class AnnounceServiceRestoredDelegate implements JavaDelegate {

  private final DrPlans plans;
  private final RecoveryRecords records;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;

  AnnounceServiceRestoredDelegate(DrPlans plans, RecoveryRecords records, Stakeholders stakeholders, MailNotifier mail) {
    this.plans = plans;
    this.records = records;
    this.stakeholders = stakeholders;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables disaster = RecoveryVariables.of(execution);
    String number = disaster.number();
    DrPlans.Version plan = plans.registered(disaster.planId(), disaster.planVersion());
    List<RecoveryRecords.SystemResult> results = records.find(number).orElseThrow().systems();
    records.status(number, "RESTORED");
    mail.send(number + ":restored", stakeholders.of(plan, results.stream().map(RecoveryRecords.SystemResult::systemId)
            .toList(), null, DrillIds.INCIDENT_MANAGERS, DrillIds.PROCESS_OWNERS),
        "[" + number + "] Service restored: " + plan.name(),
        "Every system of " + plan.name() + " is recovered and has passed its recovery test.\n\n"
            + String.join("\n", results.stream().map(RecoveryReport::line).toList())
            + "\n\nThe post-disaster evaluation and the plan revision follow.");
  }
}
