package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Start verification": the fix is in; the problem is watched for recurrence over the verification window. */
@Component("startVerification")
record StartVerificationDelegate(ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    records.fixApplied(problem.get(PROBLEM_NUMBER), problem.get(FIX_DESCRIPTION), EngineClock.now());
    records.status(problem.get(PROBLEM_NUMBER), "VERIFYING", "VERIFICATION_STARTED",
        "window " + problem.get(VERIFICATION_WINDOW), EngineClock.now());
  }
}
