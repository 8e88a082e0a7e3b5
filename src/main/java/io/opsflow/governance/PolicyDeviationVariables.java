package io.opsflow.governance;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of a temporary deviation from a policy. */
public final class PolicyDeviationVariables extends ProcessVariables<PolicyDeviationVariables> {

  // given at start
  /** The policy in force the deviation departs from. */
  public static final Variable<String> POLICY_NUMBER = Variable.text("policyNumber");
  public static final Variable<String> DEVIATION_REASON = Variable.text("deviationReason");
  /** When the deviation ends by itself: after now, at most opsflow.policy.longest-deviation (90 days) away. */
  public static final Variable<Instant> EXPIRES_AT = Variable.time("expiresAt");
  public static final Set<String> START = Variable.names(POLICY_NUMBER, DEVIATION_REASON, EXPIRES_AT);

  // set by the process
  public static final Variable<String> DEVIATION_NUMBER = Variable.text("deviationNumber");
  public static final Variable<String> REQUESTED_BY = Variable.optionalText("requestedBy");
  // "Approve the deviation"
  public static final Variable<Boolean> DEVIATION_APPROVED = Variable.optionalFlag("deviationApproved");
  public static final Variable<String> DECISION_NOTE = Variable.optionalText("decisionNote");
  public static final Variable<String> DECIDED_BY = Variable.optionalText("decidedBy");

  private PolicyDeviationVariables(VariableScope scope) {
    super(scope);
  }

  public static PolicyDeviationVariables of(VariableScope scope) {
    return new PolicyDeviationVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<PolicyDeviationVariables> {

    @Override
    default PolicyDeviationVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
