package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.springframework.stereotype.Component;

/** "Remind problem manager": the change has not reported back in time; once per reminder. */
@Component("remindProblemManager")
record RemindProblemManagerDelegate(MailNotifier mail, Recipients recipients, ProblemRecords records)
    implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    String number = problem.get(PROBLEM_NUMBER);
    int reminder = problem.get(CHANGE_REMINDERS) + 1;
    problem.set(CHANGE_REMINDERS, reminder);
    records.event(number, "CHANGE_OVERDUE", "reminder " + reminder, EngineClock.now());
    mail.sendAbout(number, "change-reminder:" + reminder, recipients.group(Roles.PROBLEM_MANAGER),
        "Still waiting for the change: " + problem.get(SUMMARY),
        "The change that fixes " + number + " has not reported its outcome yet.\n\nFix: " + problem.get(FIX_DESCRIPTION));
  }
}
