package io.opsflow.requirement;

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
    String number = requirement.requirementNumber();
    List<String> to = new ArrayList<>(recipients.group(RequirementIds.PROJECT_MANAGERS));
    recipients.user(requirement.requester()).stream().filter(a -> !to.contains(a)).forEach(to::add);
    String status = records.find(number).map(RequirementRecords.Requirement::status).orElse("unknown");
    mail.send(number + ":overdue", to, "[" + number + "] Requirement overdue: " + requirement.title(),
        "The requirement " + number + " (" + requirement.title() + ") was expected by "
            + requirement.string(RequirementVariables.EXPECTED_DATE) + " and is not delivered yet. It is now at: " + status + ".");
    records.event(number, "OVERDUE", null, EngineClock.now());
  }
}
