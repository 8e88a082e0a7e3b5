package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Reopen investigation": an incident recurred during verification, or the problem manager did not
 * confirm the fix after the window; the root cause is looked at again. The answer is cleared, so
 * that the next verification asks afresh.
 */
@Component("reopenInvestigation")
record ReopenInvestigationDelegate(ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    if (Boolean.FALSE.equals(problem.get(FIX_VERIFIED))) {
      records.status(problem.get(PROBLEM_NUMBER), "INVESTIGATING", "FIX_NOT_VERIFIED",
          problem.get(NOT_VERIFIED_REASON), EngineClock.now());
    } else {
      records.status(problem.get(PROBLEM_NUMBER), "INVESTIGATING", "RECURRED",
          "recurrence: " + problem.get(INCIDENT_NUMBER), EngineClock.now());
    }
    problem.set(FIX_VERIFIED, null).set(VERIFICATION_EVIDENCE, null).set(NOT_VERIFIED_REASON, null);
  }
}
