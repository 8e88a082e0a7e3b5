package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify requirement overdue": the expected completion date has passed; the project managers and the requester are told once. */
@Component("notifyRequirementOverdue")
class NotifyRequirementOverdueDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final RequirementRecords records;

  NotifyRequirementOverdueDelegate(MailNotifier mail, Recipients recipients, RequirementRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    String number = requirement.get(REQUIREMENT_NUMBER);
    List<String> to = new ArrayList<>(recipients.group(Roles.PROJECT_MANAGER));
    recipients.user(requirement.get(REQUESTER)).stream().filter(a -> !to.contains(a)).forEach(to::add);
    String status = records.find(number).map(RequirementRecords.Requirement::status).orElse("unknown");
    mail.sendAbout(number, "overdue", to, "Requirement overdue: " + requirement.get(TITLE),
        "The requirement " + number + " (" + requirement.get(TITLE) + ") was expected by "
            + requirement.get(EXPECTED_DATE) + " and is not delivered yet. It is now at: " + status + ".");
    records.event(number, "OVERDUE", null, EngineClock.now());
  }
}
