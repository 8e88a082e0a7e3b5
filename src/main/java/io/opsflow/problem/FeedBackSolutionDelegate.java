package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentRecords;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Feed back solution": the problem manager's evidence that the fix worked is recorded, the final
 * solution goes to the service desk, to the reporters of the linked incidents and, in Chinese and
 * English, to the user who reported the problem with its root cause and resolution; the problem closes.
 */
@Component("feedBackSolution")
record FeedBackSolutionDelegate(MailNotifier mail, Recipients recipients, ProblemRecords records,
    IncidentRecords incidentRecords) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    String number = problem.get(PROBLEM_NUMBER);
    records.fixVerified(number, problem.get(VERIFICATION_EVIDENCE), EngineClock.now());
    List<String> incidents = records.incidents(number);
    String body = "Problem " + number + " is solved: " + problem.get(SUMMARY) + "\n\nRoot cause: " + problem.get(ROOT_CAUSE)
        + "\n\nSolution: " + problem.get(FIX_DESCRIPTION) + "\n\nIncidents explained by it: " + String.join(", ", incidents);
    mail.sendAbout(number, "solution:service-desk", recipients.group(Roles.SERVICE_DESK),
        "Problem solved: " + problem.get(SUMMARY), body);
    List<String> reporters = new ArrayList<>();
    incidents.stream().map(incidentRecords::find).flatMap(java.util.Optional::stream).map(IncidentRecords.Incident::reporter)
        .filter(reporter -> reporter != null && !reporter.isBlank()).distinct()
        .forEach(reporter -> reporters.addAll(recipients.user(reporter)));
    if (!reporters.isEmpty()) {
      mail.sendAbout(number, "solution:reporters", reporters, "The cause of your incident is fixed",
          "The problem behind your incident (" + String.join(", ", incidents) + ") has been found and fixed.\n\n"
              + problem.get(FIX_DESCRIPTION));
    }
    String reporter = problem.get(REPORTER);
    if (reporter != null) {
      mail.sendAbout(number, "solution:reporter", recipients.user(reporter),
          "您报告的问题已解决 / The problem you reported is solved: " + problem.get(SUMMARY),
          "您报告的问题 " + number + "(" + problem.get(SUMMARY) + ")已解决并关闭。\n\n根本原因:"
              + problem.get(ROOT_CAUSE) + "\n\n解决方案:" + problem.get(FIX_DESCRIPTION)
              + "\n\n---\n\nThe problem you reported, " + number + " (" + problem.get(SUMMARY)
              + "), is solved and closed.\n\nRoot cause: " + problem.get(ROOT_CAUSE) + "\n\nResolution: "
              + problem.get(FIX_DESCRIPTION));
    }
    records.closed(number, EngineClock.now());
  }
}
