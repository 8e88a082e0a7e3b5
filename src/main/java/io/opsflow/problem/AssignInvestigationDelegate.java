package io.opsflow.problem;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Assign investigation": records the classification, priority and reviewer group on the ticket,
 * with the incidents the recorder linked.
 */
@Component("assignInvestigation")
class AssignInvestigationDelegate implements JavaDelegate {

  private final ProblemRecords records;

  AssignInvestigationDelegate(ProblemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    records.classified(problem.problemNumber(), problem);
    problem.incidentNumbers().forEach(incident -> records.link(problem.problemNumber(), incident, EngineClock.now()));
    records.event(problem.problemNumber(), "INVESTIGATION_ASSIGNED", problem.investigationGroup(), EngineClock.now());
  }
}
