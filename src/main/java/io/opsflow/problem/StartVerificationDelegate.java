package io.opsflow.problem;

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
    records.fixApplied(problem.problemNumber(), problem.fixDescription(), ProblemClock.now());
    records.status(problem.problemNumber(), "VERIFYING", "VERIFICATION_STARTED",
        "window " + execution.getVariable(ProblemVariables.VERIFICATION_WINDOW), ProblemClock.now());
  }
}
