package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Notify requester of rejection": closes the requirement as rejected and tells the requester why:
 * the project manager's reason, or, when the scope was sent back a second time, their own comments.
 */
@Component("notifyRequesterOfRejection")
class NotifyRequesterOfRejectionDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final RequirementRecords records;
  private final RequirementCalendar calendar;

  NotifyRequesterOfRejectionDelegate(MailNotifier mail, Recipients recipients, RequirementRecords records,
      RequirementCalendar calendar) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    String number = requirement.get(REQUIREMENT_NUMBER);
    String reason = requirement.get(FEASIBLE)
        ? "The assessed scope was not agreed: " + requirement.get(SCOPE_COMMENTS)
        : requirement.get(REJECTION_REASON);
    records.assessed(number, requirement.assessment(calendar.zone()));
    records.rejected(number, reason, EngineClock.now());
    mail.sendAbout(number, "rejected", recipients.user(requirement.get(REQUESTER)),
        "Requirement rejected: " + requirement.get(TITLE),
        "Your requirement " + number + " (" + requirement.get(TITLE) + ") will not be delivered.\n\nReason: " + reason);
  }
}
