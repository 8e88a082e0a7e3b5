package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import org.springframework.stereotype.Component;

/**
 * "Find open problem": an incident asks for a problem; if its CI and category already have an
 * open problem, that one explains it too. Runs under the intake lock in the incident's
 * transaction, so two incidents at once still make one problem.
 */
@Component("findOpenProblem")
record FindOpenProblemDelegate(ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    records.lockIntake();
    problem.set(OPEN_PROBLEM,
        records.openProblemFor(problem.get(CATEGORY), problem.get(AFFECTED_CI)).orElse(null));
  }
}
