package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.change.ChangeIntake;
import io.opsflow.change.ChangeRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Request the change": an RFC through change management's intake, as any API caller submits one: a
 * normal change on the finding's item, the fix and the finding's risk as its description (not the finding's
 * description: the changes' readers are more than the findings'), with the backout plan; the change
 * number is kept with the finding. The assessment does not wait for the change's end: the re-test is
 * what says the weakness is gone.
 */
@Component("requestSecurityChange")
record RequestSecurityChangeDelegate(ChangeIntake changes, SecurityAssessmentRecords records)
    implements SecurityAssessmentVariables.Step {

  @Override
  public void execute(SecurityAssessmentVariables finding) {
    String number = finding.get(ASSESSMENT_NUMBER);
    String summary = "Remediate security finding " + number + " #" + finding.get(FINDING_NO) + ": "
        + finding.get(FINDING_TITLE);
    // the fix and the finding's risk, not its description: the change's readers are wider than the findings'
    String description = finding.get(FIX_PLAN) + "\n\nRisk / 风险: " + finding.get(RISK_SHOWN) + "; due / 到期: "
        + finding.get(FINDING_DUE_SHOWN);
    ChangeIntake.Opened change = changes.submit(new ChangeRequest(summary.length() > 500 ? summary.substring(0, 500)
        : summary, description.length() > 4000 ? description.substring(0, 4000) : description, "normal",
        List.of(finding.get(FINDING_CI)), null, null, finding.get(BACKOUT_PLAN), null, null, null, null, null));
    finding.set(CHANGE_NUMBER, change.changeNumber());
    records.changeRequested(number, Integer.parseInt(finding.get(FINDING_NO)), change.changeNumber());
  }
}
