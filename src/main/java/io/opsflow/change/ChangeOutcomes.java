package io.opsflow.change;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells those waiting for a change how it ended: the requester by mail (the problem managers when a
 * problem asked for it) and the problem by {@code ChangeCompleted}, once per change.
 */
@Service
class ChangeOutcomes {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeOutcomes.class);

  private final MailNotifier mail;
  private final Recipients recipients;
  private final RuntimeService runtime;

  ChangeOutcomes(MailNotifier mail, Recipients recipients, RuntimeService runtime) {
    this.mail = mail;
    this.recipients = recipients;
    this.runtime = runtime;
  }

  void tell(ChangeVariables change, boolean successful, String subject, String body) {
    String number = change.changeNumber();
    List<String> to = change.requester() != null ? recipients.user(change.requester())
        : recipients.group(ChangeIds.PROBLEM_MANAGERS);
    mail.send(number + ":outcome", to, "[" + number + "] " + subject, body);
    if (change.problemNumber() != null) {
      int told = runtime.createMessageCorrelation(ChangeIds.CHANGE_COMPLETED)
          .processInstanceBusinessKey(change.problemNumber())
          .processInstanceVariableEquals("requestedChange", number) // the change that problem asked for
          .setVariable("changeSuccessful", successful)
          .setVariable(ChangeVariables.CHANGE_NUMBER, number)
          .correlateAllWithResult().size();
      LOG.info("Change {} {} reported to problem {}{}", number, successful ? "success" : "failure",
          change.problemNumber(), told == 0 ? " (it no longer waits for it)" : "");
    }
  }
}
