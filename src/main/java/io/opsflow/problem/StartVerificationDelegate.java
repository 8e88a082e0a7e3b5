package io.opsflow.problem;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start verification": the fix is in; the problem is watched for recurrence over the verification window. */
@Component("startVerification")
class StartVerificationDelegate implements JavaDelegate {

  private final ProblemRecords records;

  StartVerificationDelegate(ProblemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    records.fixApplied(problem.problemNumber(), problem.fixDescription(), EngineClock.now());
    records.status(problem.problemNumber(), "VERIFYING", "VERIFICATION_STARTED",
        "window " + execution.getVariable(ProblemVariables.VERIFICATION_WINDOW), EngineClock.now());
  }
}
