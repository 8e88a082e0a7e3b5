package io.opsflow.problem;

import io.opsflow.platform.process.Variable;
import static io.opsflow.problem.ProblemVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import java.util.HashMap;
import java.util.List;
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
record RequestChangeDelegate(ProblemRecords records, Cmdb cmdb) implements JavaDelegate {

  /**
   * The change's item list, by the name ChangeVariables gives it: the message's contract (problem
   * cannot read the change's accessor, since change management reads problems).
   */
  private static final Variable<List<String>> CHANGE_AFFECTED_CIS = Variable.textList("affectedCis");

  @Override
  public void execute(DelegateExecution execution) {
    ProblemVariables problem = ProblemVariables.of(execution);
    records.fixDecided(problem.get(PROBLEM_NUMBER), problem.get(FIX_DESCRIPTION), EngineClock.now());
    Map<String, Object> change = new HashMap<>();
    // the change's start variables: its summary and problem number, the fix as its description
    PROBLEM_NUMBER.put(change, problem.get(PROBLEM_NUMBER));
    SUMMARY.put(change, problem.get(SUMMARY));
    DESCRIPTION.put(change, problem.get(FIX_DESCRIPTION));
    String ci = problem.get(AFFECTED_CI);
    if (ci != null && cmdb.find(ci).filter(item -> !item.retired()).isPresent()) {
      CHANGE_AFFECTED_CIS.put(change, List.of(ci)); // a list, as the change form's tag list shows and sends it
    }
    // the change answers with ChangeCompleted under its number: only the change asked for last is heard
    String changeNumber = StartMessages.startIfReceived(execution.getProcessEngineServices().getRuntimeService(),
        ProblemIds.CHANGE_REQUESTED, change).map(ProcessInstance::getBusinessKey).orElse(null);
    problem.set(REQUESTED_CHANGE, changeNumber);
    boolean received = changeNumber != null;
    records.event(problem.get(PROBLEM_NUMBER), "CHANGE_REQUESTED",
        received ? "change " + changeNumber + " requested" : "no change process receives ChangeRequested yet", EngineClock.now());
  }
}
