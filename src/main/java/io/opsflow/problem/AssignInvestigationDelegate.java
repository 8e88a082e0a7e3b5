package io.opsflow.problem;

import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Assign investigation": records the classification, priority and reviewer group on the ticket,
 * with the incidents the recorder linked.
 */
@Component("assignInvestigation")
record AssignInvestigationDelegate(ProblemRecords records) implements ProblemVariables.Step {

  @Override
  public void execute(ProblemVariables problem) {
    records.classified(problem.get(PROBLEM_NUMBER), new ProblemRecords.Classification(problem.get(SUMMARY),
        problem.get(DESCRIPTION), problem.get(CATEGORY), problem.get(AFFECTED_CI), problem.get(IMPACT),
        problem.get(URGENCY), problem.get(PRIORITY), problem.get(INVESTIGATION_GROUP)));
    problem.incidentNumbers().forEach(incident -> records.link(problem.get(PROBLEM_NUMBER), incident, EngineClock.now()));
    records.event(problem.get(PROBLEM_NUMBER), "INVESTIGATION_ASSIGNED", problem.get(INVESTIGATION_GROUP), EngineClock.now());
  }
}
