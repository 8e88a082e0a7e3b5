package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Link incident to open problem": the incident joins the open problem's incidents; if that
 * problem is verifying its fix, the incident is a recurrence and reopens its investigation.
 */
@Component("linkIncidentToOpenProblem")
record LinkIncidentToOpenProblemDelegate(ProblemRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    String open = problem.get(OPEN_PROBLEM);
    problem.incidentNumbers().forEach(incident -> records.link(open, incident, EngineClock.now()));
    if (records.find(open).map(p -> "VERIFYING".equals(p.status())).orElse(false)) {
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      // all-with-result: once the window has passed the problem no longer waits, and that is fine
      runtime.createMessageCorrelation(ProblemIds.PROBLEM_RECURRED).processInstanceBusinessKey(open)
          .setVariable(INCIDENT_NUMBER.name(), problem.get(INCIDENT_NUMBER)).correlateAllWithResult();
    }
  }
}
