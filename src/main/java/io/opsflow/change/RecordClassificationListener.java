package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Takes the result of "Classify change" (DMN ChangeClassification, one row: type, risk, approval
 * path) into the change's variables and onto its ticket.
 */
@Component("recordClassification")
class RecordClassificationListener implements ExecutionListener {

  private final ChangeRecords records;

  RecordClassificationListener(ChangeRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    Map<?, ?> classification = (Map<?, ?>) execution.getVariable(ChangeVariables.CLASSIFICATION);
    change.set(ChangeVariables.CHANGE_TYPE, classification.get(ChangeVariables.CHANGE_TYPE))
        .set(ChangeVariables.RISK, classification.get(ChangeVariables.RISK))
        .set(ChangeVariables.APPROVAL_PATH, classification.get(ChangeVariables.APPROVAL_PATH));
    records.classified(change.changeNumber(), change, EngineClock.now());
  }
}
