package io.opsflow.change;

import io.opsflow.problem.ProblemVariables;
import io.opsflow.identity.Roles;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells those waiting for a change how it ended, once per change: the requester by mail (the problem
 * managers when a problem asked for it) and the problem by {@code ChangeCompleted}; then closes its ticket.
 */
@Service
record ChangeOutcomes(MailNotifier mail, Recipients recipients, RuntimeService runtime, ChangeRecords records) {

  /** The problem's variable naming the change it asked for (the problem family's contract). */

  private static final Logger LOG = LoggerFactory.getLogger(ChangeOutcomes.class);

  /**
   * Ends the change: those waiting for it learn how it ended, and the ticket closes with that status
   * and the release the change shipped, if any.
   */
  void close(ChangeVariables change, boolean successful, String status, String subject, String body) {
    tell(change, successful, subject, body);
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String release = change.get(ChangeVariables.RELEASE_NUMBER);
    if (release != null) {
      records.released(number, release);
    }
    records.closed(number, status, EngineClock.now());
  }

  private void tell(ChangeVariables change, boolean successful, String subject, String body) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String requester = change.get(ChangeVariables.REQUESTER);
    String problem = change.get(ChangeVariables.PROBLEM_NUMBER);
    List<String> to = requester != null ? recipients.user(requester) : recipients.group(Roles.PROBLEM_MANAGER);
    mail.sendAbout(number, "outcome", to, subject, body);
    String request = change.get(ChangeVariables.SERVICE_REQUEST_NUMBER);
    if (request != null) {
      // the service request waits for its standard change's end, whatever it was
      runtime.createMessageCorrelation(ChangeIds.CHANGE_COMPLETED).processInstanceBusinessKey(request)
          .setVariable(ChangeVariables.CHANGE_SUCCESSFUL.name(), successful)
          .setVariable(ChangeVariables.CHANGE_NUMBER.name(), number)
          .correlateAllWithResult();
    }
    if (problem != null) {
      int told = runtime.createMessageCorrelation(ChangeIds.CHANGE_COMPLETED)
          .processInstanceBusinessKey(problem)
          .processInstanceVariableEquals(ProblemVariables.REQUESTED_CHANGE.name(), number) // the change that problem asked for
          .setVariable(ChangeVariables.CHANGE_SUCCESSFUL.name(), successful)
          .setVariable(ChangeVariables.CHANGE_NUMBER.name(), number)
          .correlateAllWithResult().size();
      LOG.info("Change {} {} reported to problem {}{}", number, successful ? "success" : "failure",
          problem, told == 0 ? " (it no longer waits for it)" : "");
    }
  }
}
