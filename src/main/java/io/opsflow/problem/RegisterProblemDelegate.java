package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Register problem": gives the problem its number (once) as business key, writes the ticket
 * record with the incidents it explains and the user who reported it, and sets the problem's
 * timers from configuration.
 */
@Component("registerProblem")
class RegisterProblemDelegate implements JavaDelegate {

  private final TicketNumbers numbers;
  private final ProblemRecords records;
  private final String verificationWindow;
  private final String changeReminderAfter;

  RegisterProblemDelegate(TicketNumbers numbers, ProblemRecords records,
      @Value("${opsflow.problem.verification-window:P7D}") String verificationWindow,
      @Value("${opsflow.problem.change-reminder-after:P14D}") String changeReminderAfter) {
    this.numbers = numbers;
    this.records = records;
    this.verificationWindow = verificationWindow;
    this.changeReminderAfter = changeReminderAfter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    String number = problem.get(PROBLEM_NUMBER);
    if (number == null) {
      number = numbers.next(ProblemIds.PREFIX);
      problem.set(PROBLEM_NUMBER, number);
    }
    execution.setProcessBusinessKey(number);
    if (problem.get(REPORTER) != null) {
      problem.set(REPORTER, problem.get(REPORTER).strip());
    }
    problem.set(INCIDENT_NUMBERS, String.join(", ", problem.incidentNumbers()))
        .set(VERIFICATION_WINDOW, verificationWindow)
        .set(CHANGE_REMINDER_AFTER, changeReminderAfter);
    records.register(new ProblemRecords.Registration(number, execution.getProcessInstanceId(), problem.get(SUMMARY),
        problem.get(DESCRIPTION), problem.get(CATEGORY), problem.get(AFFECTED_CI), problem.get(IMPACT),
        problem.get(URGENCY), problem.incidentNumbers(), problem.get(REPORTER)), EngineClock.now());
  }
}
