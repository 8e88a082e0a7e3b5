package io.opsflow.incident;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Raise problem record": sends {@code ProblemRaised} with the incident number to problem
 * management. Without a process receiving it, the incident records the request and closes all
 * the same.
 */
@Component("raiseProblemRecord")
class RaiseProblemDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RaiseProblemDelegate.class);

  private final IncidentRecords records;

  RaiseProblemDelegate(IncidentRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    Map<String, Object> problem = new HashMap<>();
    problem.put("incidentNumbers", List.of(number));
    problem.put(IncidentVariables.INCIDENT_NUMBER, number);
    problem.put(IncidentVariables.SUMMARY, incident.summary());
    problem.put(IncidentVariables.CATEGORY, incident.category());
    problem.put(IncidentVariables.AFFECTED_CI, incident.affectedCi());
    String note;
    if (StartMessages.sendIfReceived(execution.getProcessEngineServices().getRuntimeService(),
        IncidentIds.PROBLEM_RAISED, problem)) {
      note = "problem management notified";
    } else {
      note = "no problem process receives " + IncidentIds.PROBLEM_RAISED + " yet";
      LOG.info("Incident {} asks for a problem record, but {}", number, note);
    }
    records.event(number, "PROBLEM_REQUESTED", null, note, EngineClock.now());
  }
}
