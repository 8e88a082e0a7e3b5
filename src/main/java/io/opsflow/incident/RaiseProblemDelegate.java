package io.opsflow.incident;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * "Raise problem record": sends {@code ProblemRaised} with the incident number to problem
 * management. Until a process receives it, the incident records the request and closes all the
 * same.
 */
@Component("raiseProblemRecord")
class RaiseProblemDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RaiseProblemDelegate.class);

  private final RuntimeService runtime;
  private final IncidentRecords records;

  RaiseProblemDelegate(@Lazy RuntimeService runtime, IncidentRecords records) {
    this.runtime = runtime;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    String note;
    // a correlation without receiver would mark the job's transaction for rollback: ask first
    boolean received = runtime.createEventSubscriptionQuery().eventType("message")
        .eventName(IncidentIds.PROBLEM_RAISED).list().stream().anyMatch(s -> s.getProcessInstanceId() == null);
    if (received) {
      runtime.createMessageCorrelation(IncidentIds.PROBLEM_RAISED)
          .setVariable("incidentNumbers", java.util.List.of(number))
          .setVariable(IncidentVariables.INCIDENT_NUMBER, number)
          .setVariable(IncidentVariables.SUMMARY, incident.summary())
          .setVariable(IncidentVariables.CATEGORY, incident.category())
          .setVariable(IncidentVariables.AFFECTED_CI, incident.affectedCi())
          .correlateStartMessage();
      note = "problem management notified";
    } else {
      note = "no problem process receives " + IncidentIds.PROBLEM_RAISED + " yet";
      LOG.info("Incident {} asks for a problem record, but {}", number, note);
    }
    records.event(number, "PROBLEM_REQUESTED", null, note, IncidentClock.now());
  }
}
