package io.opsflow.problem;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * "Request change": the fix changes production, so change management gets {@code ChangeRequested}
 * with the problem number, the fix and the problem's configuration item when the CMDB knows it (the
 * change manager completes the RFC). Until a change process receives it, the request is recorded and
 * the problem waits for {@code ChangeCompleted} all the same.
 */
@Component("requestChange")
class RequestChangeDelegate implements JavaDelegate {

  private final ProblemRecords records;
  private final Cmdb cmdb;

  RequestChangeDelegate(ProblemRecords records, Cmdb cmdb) {
    this.records = records;
    this.cmdb = cmdb;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    records.fixDecided(problem.problemNumber(), problem.fixDescription(), EngineClock.now());
    Map<String, Object> change = new HashMap<>();
    change.put(ProblemVariables.PROBLEM_NUMBER, problem.problemNumber());
    change.put(ProblemVariables.SUMMARY, problem.summary());
    change.put("description", problem.fixDescription());
    if (problem.affectedCi() != null && cmdb.find(problem.affectedCi()).filter(ci -> !ci.retired()).isPresent()) {
      change.put("affectedCis", problem.affectedCi());
    }
    // the change answers with ChangeCompleted under its number: only the change asked for last is heard
    String changeNumber = StartMessages.startIfReceived(execution.getProcessEngineServices().getRuntimeService(),
        ProblemIds.CHANGE_REQUESTED, change).map(ProcessInstance::getBusinessKey).orElse(null);
    problem.set(ProblemVariables.REQUESTED_CHANGE, changeNumber);
    boolean received = changeNumber != null;
    records.event(problem.problemNumber(), "CHANGE_REQUESTED",
        received ? "change " + changeNumber + " requested" : "no change process receives ChangeRequested yet", EngineClock.now());
  }
}
