package io.opsflow.securityassessment;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of the security assessment. */
public final class SecurityAssessmentVariables extends ProcessVariables<SecurityAssessmentVariables> {

  // the request (the on-demand start's contract)
  public static final Variable<List<String>> SCOPE_CIS = Variable.textList("scopeCis");
  public static final Variable<String> METHOD = Variable.text("method");
  public static final Variable<String> VENDOR = Variable.optionalText("vendor");
  public static final Variable<String> REQUESTED_BY = Variable.optionalText("requestedBy");
  public static final Set<String> START = Variable.names(SCOPE_CIS, METHOD, VENDOR);
  // the assessment
  public static final Variable<String> ASSESSMENT_NUMBER = Variable.text("assessmentNumber");
  // the quarterly schedule: the quarter (2026-Q4), whether its assessment is still to start
  public static final Variable<String> SCHEDULED_QUARTER = Variable.optionalText("scheduledQuarter");
  public static final Variable<Boolean> QUARTER_DUE = Variable.flag("quarterDue");
  public static final Variable<String> ASSESSMENT_SUMMARY = Variable.text("assessmentSummary");
  /** The findings recorded: {@code title}, {@code ci}, {@code cvssScore} or {@code rating}, {@code exposure}, {@code description}. */
  public static final Variable<List<Map<String, Object>>> FINDINGS = Variable.rows("findings");
  /** The numbers of the findings to treat, one instance of "Treat the finding" each. */
  public static final Variable<List<String>> FINDING_NOS = Variable.textList("findingNos");
  public static final Variable<Boolean> FINDINGS_FOUND = Variable.flag("findingsFound");
  // one finding (local to its branch)
  public static final Variable<String> FINDING_NO = Variable.text("findingNo");
  public static final Variable<String> FINDING_TITLE = Variable.text("findingTitle");
  public static final Variable<String> FINDING_CI = Variable.text("findingCi");
  public static final Variable<String> FINDING_DESCRIPTION = Variable.text("findingDescription");
  /** The DMN's inputs: the CVSS base score (or null), the rating (or null), the item's criticality, the exposure. */
  public static final Variable<Double> CVSS_SCORE = Variable.value("cvssScore", Double.class);
  public static final Variable<String> RATING = Variable.optionalText("rating");
  public static final Variable<String> CRITICALITY = Variable.text("criticality");
  public static final Variable<String> EXPOSURE = Variable.text("exposure");
  /** SecurityRisk's result: {@code riskLevel} and {@code remediationDays}. */
  @SuppressWarnings("rawtypes")
  public static final Variable<Map> RISK = Variable.value("risk", Map.class);
  public static final Variable<String> RISK_LEVEL = Variable.text("riskLevel");
  /** The risk level as a person reads it: "Critical / 严重". */
  public static final Variable<String> RISK_SHOWN = Variable.text("riskShown");
  public static final Variable<Instant> FINDING_DUE = Variable.time("findingDue");
  public static final Variable<String> FINDING_DUE_SHOWN = Variable.text("findingDueShown");
  public static final Variable<String> TREATMENT = Variable.text("treatment");
  public static final Variable<String> FIX_PLAN = Variable.optionalText("fixPlan");
  public static final Variable<String> BACKOUT_PLAN = Variable.optionalText("backoutPlan");
  public static final Variable<String> ACCEPTANCE_REASON = Variable.optionalText("acceptanceReason");
  /** The date the acceptance expires, as the form's date field gives it ("2027-03-31"). */
  public static final Variable<String> ACCEPTED_UNTIL = Variable.optionalText("acceptedUntil");
  public static final Variable<String> CHANGE_NUMBER = Variable.optionalText("changeNumber");
  public static final Variable<Boolean> RETEST_PASSED = Variable.flag("retestPassed");
  public static final Variable<String> RETEST_NOTES = Variable.optionalText("retestNotes");

  private SecurityAssessmentVariables(VariableScope scope) {
    super(scope);
  }

  public static SecurityAssessmentVariables of(VariableScope scope) {
    return new SecurityAssessmentVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<SecurityAssessmentVariables> {

    @Override
    default SecurityAssessmentVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
