package io.opsflow.change;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * "Determine CAB approvers" asks DMN CabApprovers once per type of affected item; after each
 * answer this adds the groups it named to the CAB of the change ({@code cabApprovers}, each group once).
 */
@Component("collectCabApprovers")
class CollectCabApproversListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    List<String> approvers = new ArrayList<>(change.get(ChangeVariables.CAB_APPROVERS));
    change.get(ChangeVariables.APPROVER_GROUPS_OF_TYPE).stream().filter(g -> !approvers.contains(g))
        .forEach(approvers::add);
    ChangeVariables.of(execution.getProcessInstance()).set(ChangeVariables.CAB_APPROVERS, approvers);
  }
}
