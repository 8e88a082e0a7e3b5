package io.opsflow.problem;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind problem manager": the change has not reported back in time; once per reminder. */
@Component("remindProblemManager")
class RemindProblemManagerDelegate implements JavaDelegate {

  static final String REMINDERS = "changeReminders";

  private final MailNotifier mail;
  private final Recipients recipients;
  private final ProblemRecords records;

  RemindProblemManagerDelegate(MailNotifier mail, Recipients recipients, ProblemRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    String number = problem.problemNumber();
    int reminder = execution.getVariable(REMINDERS) instanceof Number n ? n.intValue() + 1 : 1;
    execution.setVariable(REMINDERS, reminder);
    records.event(number, "CHANGE_OVERDUE", "reminder " + reminder, EngineClock.now());
    mail.send(number + ":change-reminder:" + reminder, recipients.group(ProblemIds.PROBLEM_MANAGERS),
        "[" + number + "] Still waiting for the change: " + problem.summary(),
        "The change that fixes " + number + " has not reported its outcome yet.\n\nFix: " + problem.fixDescription());
  }
}
