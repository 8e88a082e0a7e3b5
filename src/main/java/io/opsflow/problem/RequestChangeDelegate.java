package io.opsflow.problem;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Request change": the fix changes production, so change management gets {@code ChangeRequested}
 * with the problem number. Until a change process receives it, the request is recorded and the
 * problem waits for {@code ChangeCompleted} all the same.
 */
@Component("requestChange")
class RequestChangeDelegate implements JavaDelegate {

  private final ProblemRecords records;

  RequestChangeDelegate(ProblemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    records.fixDecided(problem.problemNumber(), problem.fixDescription(), ProblemClock.now());
    // asked first: a correlation without receiver would mark the job's transaction for rollback
    boolean received = runtime.createEventSubscriptionQuery().eventType("message")
        .eventName(ProblemIds.CHANGE_REQUESTED).list().stream().anyMatch(s -> s.getProcessInstanceId() == null);
    if (received) {
      runtime.createMessageCorrelation(ProblemIds.CHANGE_REQUESTED)
          .setVariable(ProblemVariables.PROBLEM_NUMBER, problem.problemNumber())
          .setVariable(ProblemVariables.SUMMARY, problem.summary())
          .setVariable("description", problem.fixDescription())
          .setVariable(ProblemVariables.AFFECTED_CI, problem.affectedCi())
          .correlateStartMessage();
    }
    records.event(problem.problemNumber(), "CHANGE_REQUESTED",
        received ? "change management notified" : "no change process receives ChangeRequested yet", ProblemClock.now());
  }
}
