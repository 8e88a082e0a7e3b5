package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Publish drill report" and "Publish disaster report": the evaluation joins the measured results
 * in the record (the report is read from there), the verdict becomes the plan's last drill result
 * (also of a plan retired since), and everyone on the plan version the drill or disaster was
 * registered under is mailed the summary and where the full report is.
 */
@Component("publishRecoveryReport")
record PublishRecoveryReportDelegate(RecoveryRecords records, DrPlans plans, RecoveryMail mail)
    implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables recovery) {
    String number = recovery.number();
    String verdict = recovery.get(VERDICT);
    String evaluation = recovery.get(EVALUATION_SUMMARY);
    String lessons = recovery.get(LESSONS_LEARNED);
    records.evaluated(number, verdict, evaluation, lessons);
    plans.drillEvaluated(recovery.planId(), number, verdict, EngineClock.now());
    RecoveryRecords.Recovery record = records.find(number).orElseThrow();
    DrPlans.Version plan = mail.plan(recovery);
    String kind = recovery.disaster() ? "Disaster recovery" : "DR drill";
    mail.toStakeholders(number, "report", plan, record.systemIds(), recovery.get(PARTICIPANTS),
        List.of(Roles.PROCESS_OWNER),
        kind + " report: " + verdict,
        kind + " of " + plan.name() + ": " + verdict + "\n\n" + recovery.get(RESULT_SUMMARY)
            + "\n\nEvaluation: " + evaluation
            + (lessons == null ? "" : "\n\nLessons learned: " + lessons)
            + "\n\nThe full report: GET " + RecoveryReport.path(number) + " (JSON, or ?format=html)");
  }
}
