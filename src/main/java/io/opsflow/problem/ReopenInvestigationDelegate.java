package io.opsflow.problem;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reopen investigation": an incident recurred during verification; the root cause is looked at again. */
@Component("reopenInvestigation")
class ReopenInvestigationDelegate implements JavaDelegate {

  private final ProblemRecords records;

  ReopenInvestigationDelegate(ProblemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    records.status(problem.problemNumber(), "INVESTIGATING", "RECURRED",
        "recurrence: " + problem.raisingIncident(), EngineClock.now());
  }
}
