package io.opsflow.governance;

import static io.opsflow.governance.PolicyRevisionVariables.*;

import io.opsflow.platform.process.TicketNumbers;
import java.time.Period;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Register the policy": gives it its number POL-year-n as business key (the task is not async, so
 * whoever starts it learns the number at once), the names without surrounding blanks, version 0
 * (the first draft is version 1), how often it is evaluated ({@code opsflow.policy.evaluation}, a
 * year) and how often readers who have not acknowledged are reminded
 * ({@code opsflow.policy.acknowledgement-reminder}, weekly).
 */
@Component("registerPolicy")
class RegisterPolicyDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final Period evaluation;
  private final String reminder;

  RegisterPolicyDelegate(TicketNumbers numbers, @Value("${opsflow.policy.evaluation:P1Y}") Period evaluation,
      @Value("${opsflow.policy.acknowledgement-reminder:R/P7D}") String reminder) {
    this.numbers = numbers;
    this.evaluation = evaluation;
    this.reminder = reminder.strip();
  }

  @Override
  public void execute(DelegateExecution execution) {
    PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
    String number = numbers.next(PolicyRevisionIds.PREFIX);
    execution.setProcessBusinessKey(number);
    policy.set(POLICY_NUMBER, number).set(TITLE, policy.get(TITLE).strip()).set(AUTHOR, policy.get(AUTHOR).strip())
        .set(AFFECTED_GROUPS, policy.get(AFFECTED_GROUPS)).set(REVIEWERS, policy.get(REVIEWERS))
        .set(POLICY_VERSION, 0).set(EVALUATION_PERIOD, evaluation.toString()).set(REMINDER_CYCLE, reminder);
  }
}
