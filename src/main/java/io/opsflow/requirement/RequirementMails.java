package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mails of the RequirementDelivery model, one delegate bean each, named as the model names them. */
@Configuration(proxyBeanMethods = false)
class RequirementMails {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final RequirementRecords records;

  RequirementMails(MailNotifier mail, Recipients recipients, RequirementRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  /**
   * "Notify requirement overdue": the expected completion date has passed; the project managers and
   * the requester are told once.
   */
  @Bean
  JavaDelegate notifyRequirementOverdue() {
    return execution -> {
      RequirementVariables requirement = RequirementVariables.of(execution);
      String number = requirement.get(REQUIREMENT_NUMBER);
      List<String> to = new ArrayList<>(recipients.group(Roles.PROJECT_MANAGER));
      recipients.user(requirement.get(REQUESTER)).stream().filter(a -> !to.contains(a)).forEach(to::add);
      String status = records.find(number).map(RequirementRecords.Requirement::status).orElse("unknown");
      mail.sendAbout(number, "overdue", to, "Requirement overdue: " + requirement.get(TITLE),
          "The requirement " + number + " (" + requirement.get(TITLE) + ") was expected by "
              + requirement.get(EXPECTED_DATE) + " and is not delivered yet. It is now at: " + status + ".");
      records.event(number, "OVERDUE", null, EngineClock.now());
    };
  }

  /** "Remind developer": today's progress report on the task is missing; at most one mail a day. */
  @Bean
  JavaDelegate remindDeveloper(RequirementCalendar calendar) {
    return execution -> {
      RequirementVariables branch = RequirementVariables.of(execution);
      String number = branch.get(REQUIREMENT_NUMBER);
      String task = branch.get(DEV_TASK);
      mail.sendAbout(number, "progress-reminder:" + task + ":" + calendar.today(),
          recipients.user(branch.get(DEVELOPER)), "Progress report due: " + task,
          "Please report today's progress on the development task '" + task + "' of " + number + " ("
              + branch.get(TITLE) + ") in Tasklist: percentage done and a short note.");
    };
  }

  /**
   * "Notify requester of rejection": closes the requirement as rejected and tells the requester why:
   * the project manager's reason, or, when the scope was sent back a second time, their own comments.
   */
  @Bean
  JavaDelegate notifyRequesterOfRejection(RequirementCalendar calendar) {
    return execution -> {
      RequirementVariables requirement = RequirementVariables.of(execution);
      String number = requirement.get(REQUIREMENT_NUMBER);
      String reason = requirement.get(FEASIBLE)
          ? "The assessed scope was not agreed: " + requirement.get(SCOPE_COMMENTS)
          : requirement.get(REJECTION_REASON);
      records.assessed(number, requirement.assessment(calendar.zone()));
      records.rejected(number, reason, EngineClock.now());
      mail.sendAbout(number, "rejected", recipients.user(requirement.get(REQUESTER)),
          "Requirement rejected: " + requirement.get(TITLE),
          "Your requirement " + number + " (" + requirement.get(TITLE) + ") will not be delivered.\n\nReason: "
              + reason);
    };
  }
}
