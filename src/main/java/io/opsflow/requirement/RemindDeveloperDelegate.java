package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind developer": today's progress report on the task is missing; at most one mail a day. */
@Component("remindDeveloper")
class RemindDeveloperDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final RequirementCalendar calendar;

  RemindDeveloperDelegate(MailNotifier mail, Recipients recipients, RequirementCalendar calendar) {
    this.mail = mail;
    this.recipients = recipients;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    String number = branch.get(REQUIREMENT_NUMBER);
    String task = branch.get(DEV_TASK);
    mail.sendAbout(number, "progress-reminder:" + task + ":" + calendar.today(), recipients.user(branch.get(DEVELOPER)),
        "Progress report due: " + task,
        "Please report today's progress on the development task '" + task + "' of " + number + " ("
            + branch.get(TITLE) + ") in Tasklist: percentage done and a short note.");
  }
}
