package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.problem.ProblemIntake;
import io.opsflow.problem.ProblemRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Raise problem record": sends {@code ProblemRaised} with the incident number to problem
 * management. Without a process receiving it, the incident records the request and closes all
 * the same.
 */
@Component("raiseProblemRecord")
record RaiseProblemDelegate(IncidentRecords records, ProblemIntake problems) implements IncidentVariables.Step {

  private static final Logger LOG = LoggerFactory.getLogger(RaiseProblemDelegate.class);

  @Override
  public void execute(IncidentVariables incident) {
    String number = incident.get(INCIDENT_NUMBER);
    String note;
    if (problems.raiseFor(number,
        ProblemRequest.raisedBy(number, incident.get(SUMMARY), incident.get(CATEGORY), incident.get(AFFECTED_CI)))) {
      note = "problem management notified";
    } else {
      note = "no problem process receives " + IncidentIds.PROBLEM_RAISED + " yet";
      LOG.info("Incident {} asks for a problem record, but {}", number, note);
    }
    records.event(number, "PROBLEM_REQUESTED", null, note, EngineClock.now());
  }
}
