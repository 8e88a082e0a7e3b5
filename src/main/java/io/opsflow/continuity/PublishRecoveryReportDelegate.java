package io.opsflow.continuity;

import io.opsflow.notification.MailNotifier;
import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Publish drill report" and "Publish disaster report": the evaluation joins the measured results
 * in the record (the report is read from there), the verdict becomes the plan's last drill result
 * (also of a plan retired since), and everyone on the plan version the drill or disaster was
 * registered under is mailed the summary and where the full report is.
 */
@Component("publishRecoveryReport")
class PublishRecoveryReportDelegate implements JavaDelegate {

  private final RecoveryRecords records;
  private final DrPlans plans;
  private final Stakeholders stakeholders;
  private final MailNotifier mail;

  PublishRecoveryReportDelegate(RecoveryRecords records, DrPlans plans, Stakeholders stakeholders, MailNotifier mail) {
    this.records = records;
    this.plans = plans;
    this.stakeholders = stakeholders;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RecoveryVariables recovery = RecoveryVariables.of(execution);
    String number = recovery.number();
    records.evaluated(number, recovery.verdict(), recovery.evaluationSummary(), recovery.lessonsLearned());
    plans.drillEvaluated(recovery.planId(), number, recovery.verdict(), EngineClock.now());
    RecoveryRecords.Recovery record = records.find(number).orElseThrow();
    DrPlans.Version plan = plans.registered(recovery.planId(), recovery.planVersion());
    String kind = recovery.disaster() ? "Disaster recovery" : "DR drill";
    mail.send(number + ":report", stakeholders.of(plan, record.systems().stream()
            .map(RecoveryRecords.SystemResult::systemId).toList(), recovery.participants(), DrillIds.PROCESS_OWNERS),
        "[" + number + "] " + kind + " report: " + recovery.verdict(),
        kind + " of " + plan.name() + ": " + recovery.verdict() + "\n\n" + recovery.resultSummary()
            + "\n\nEvaluation: " + recovery.evaluationSummary()
            + (recovery.lessonsLearned() == null ? "" : "\n\nLessons learned: " + recovery.lessonsLearned())
            + "\n\nThe full report: GET " + RecoveryReport.path(number) + " (JSON, or ?format=html)");
  }
}
