package io.opsflow.problem;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Feed back solution": the final solution goes to the service desk and to the reporters of the
 * linked incidents; the problem closes.
 */
@Component("feedBackSolution")
class FeedBackSolutionDelegate implements JavaDelegate {

  private final MailNotifier mail;
  private final Recipients recipients;
  private final ProblemRecords records;

  FeedBackSolutionDelegate(MailNotifier mail, Recipients recipients, ProblemRecords records) {
    this.mail = mail;
    this.recipients = recipients;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    String number = problem.problemNumber();
    List<String> incidents = records.incidents(number);
    String body = "Problem " + number + " is solved: " + problem.summary() + "\n\nRoot cause: " + problem.rootCause()
        + "\n\nSolution: " + problem.fixDescription() + "\n\nIncidents explained by it: " + String.join(", ", incidents);
    mail.send(number + ":solution:service-desk", recipients.group("service-desk"),
        "[" + number + "] Problem solved: " + problem.summary(), body);
    List<String> reporters = new ArrayList<>();
    records.reportersOf(incidents).forEach(reporter -> reporters.addAll(recipients.user(reporter)));
    if (!reporters.isEmpty()) {
      mail.send(number + ":solution:reporters", reporters, "[" + number + "] The cause of your incident is fixed",
          "The problem behind your incident (" + String.join(", ", incidents) + ") has been found and fixed.\n\n"
              + problem.fixDescription());
    }
    records.closed(number, EngineClock.now());
  }
}
