package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.configuration.Cmdb;
import org.springframework.stereotype.Component;

/**
 * "Prepare the finding": reads the finding into its branch, with its item's criticality from the
 * CMDB (an item retired since counts as low), and declares the branch's own variables, so that the
 * decision's result and the answers of this finding's tasks stay in this branch.
 */
@Component("prepareSecurityFinding")
record PrepareSecurityFindingDelegate(SecurityAssessmentRecords records, Cmdb cmdb)
    implements SecurityAssessmentVariables.Step {

  @Override
  public void execute(SecurityAssessmentVariables finding) {
    SecurityAssessmentRecords.Finding kept = records.finding(finding.get(ASSESSMENT_NUMBER),
        Integer.parseInt(finding.get(FINDING_NO))).orElseThrow();
    String criticality = cmdb.find(kept.ci()).filter(item -> !item.retired()).map(Cmdb.Item::criticality)
        .orElse("low");
    finding.setLocal(FINDING_TITLE, kept.title()).setLocal(FINDING_CI, kept.ci())
        .setLocal(FINDING_DESCRIPTION, kept.description())
        .setLocal(CVSS_SCORE, kept.cvssScore() == null ? null : kept.cvssScore().doubleValue())
        .setLocal(RATING, kept.rating()).setLocal(EXPOSURE, kept.exposure()).setLocal(CRITICALITY, criticality)
        .setLocal(RISK, null).setLocal(RISK_LEVEL, null).setLocal(RISK_SHOWN, null).setLocal(FINDING_DUE, null)
        .setLocal(FINDING_DUE_SHOWN, null)
        .setLocal(TREATMENT, null).setLocal(FIX_PLAN, null).setLocal(BACKOUT_PLAN, null)
        .setLocal(ACCEPTANCE_REASON, null).setLocal(ACCEPTED_UNTIL, null).setLocal(CHANGE_NUMBER, null)
        .setLocal(RETEST_PASSED, null).setLocal(RETEST_NOTES, null);
  }
}
