package io.opsflow.governance;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The policy revision's variables: names (a contract with the forms and REST callers) and typed access. */
public final class PolicyRevisionVariables extends ProcessVariables<PolicyRevisionVariables> {

  // given at start (目标和范围)
  public static final Variable<String> TITLE = Variable.text("title");
  public static final Variable<String> GOALS_AND_SCOPE = Variable.text("goalsAndScope");
  /** The role groups whose members must read and acknowledge the policy. */
  public static final Variable<List<String>> AFFECTED_GROUPS = Variable.textList("affectedGroups");
  /** The user who drafts the policy. */
  public static final Variable<String> AUTHOR = Variable.text("author");
  /** The users who review each draft, in parallel. */
  public static final Variable<List<String>> REVIEWERS = Variable.textList("reviewers");
  /** What a start may carry. */
  public static final Set<String> START = Variable.names(TITLE, GOALS_AND_SCOPE, AFFECTED_GROUPS, AUTHOR, REVIEWERS);

  // set by the process
  public static final Variable<String> POLICY_NUMBER = Variable.text("policyNumber");
  /** The version being drafted or published: 1 for the first draft, one more at each revision. */
  public static final Variable<Integer> POLICY_VERSION = Variable.count("policyVersion");
  /** How often the policy is evaluated (ISO duration, opsflow.policy.evaluation, a year). */
  public static final Variable<String> EVALUATION_PERIOD = Variable.text("evaluationPeriod");
  /** How often those who have not acknowledged are reminded (timer cycle, opsflow.policy.acknowledgement-reminder). */
  public static final Variable<String> REMINDER_CYCLE = Variable.text("reminderCycle");
  public static final Variable<Instant> NEXT_EVALUATION = Variable.time("nextEvaluation");
  /** The members of the affected groups, one acknowledgement task each. */
  public static final Variable<List<String>> READERS = Variable.textList("readers");

  // "Draft the policy" (收集信息, 制订和修订)
  public static final Variable<String> REFERENCES = Variable.text("references");
  public static final Variable<String> POLICY_TEXT = Variable.text("policyText");
  public static final Variable<String> CHANGE_SUMMARY = Variable.optionalText("changeSummary");
  // "Review the draft" (one reviewer each; the comments gathered for the author)
  public static final Variable<String> REVIEWER = Variable.text("reviewer");
  public static final Variable<Boolean> REVIEW_APPROVED = Variable.optionalFlag("reviewApproved");
  public static final Variable<String> REVIEW_COMMENT = Variable.optionalText("reviewComment");
  public static final Variable<Boolean> CHANGES_WANTED = Variable.flag("changesWanted");
  /** Every reviewer's verdict and comment on the current version, one line each. */
  public static final Variable<String> REVIEW_COMMENTS = Variable.optionalText("reviewComments");
  // "Approve the policy" (审核和批准)
  public static final Variable<Boolean> POLICY_APPROVED = Variable.optionalFlag("policyApproved");
  public static final Variable<String> SEND_BACK_REASON = Variable.optionalText("sendBackReason");
  public static final Variable<Instant> EFFECTIVE_FROM = Variable.time("effectiveFrom");
  public static final Variable<String> APPROVED_BY = Variable.text("approvedBy");
  // "Acknowledge the policy" (one member each)
  public static final Variable<String> READER = Variable.text("reader");
  public static final Variable<Boolean> READ_AND_UNDERSTOOD = Variable.flag("readAndUnderstood");
  // "Evaluate the policy" (定期评估和修订)
  public static final Variable<String> EVALUATION_OUTCOME = Variable.text("evaluationOutcome");
  public static final Variable<String> EVALUATION_NOTE = Variable.text("evaluationNote");
  public static final Set<String> OUTCOMES = Set.of("confirm", "revise", "retire");

  private PolicyRevisionVariables(VariableScope scope) {
    super(scope);
  }

  public static PolicyRevisionVariables of(VariableScope scope) {
    return new PolicyRevisionVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<PolicyRevisionVariables> {

    @Override
    default PolicyRevisionVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
