package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Reopen investigation": an incident recurred during verification; the root cause is looked at again. */
@Component("reopenInvestigation")
record ReopenInvestigationDelegate(ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    records.status(problem.get(PROBLEM_NUMBER), "INVESTIGATING", "RECURRED",
        "recurrence: " + problem.get(INCIDENT_NUMBER), EngineClock.now());
  }
}
