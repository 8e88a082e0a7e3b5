package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Takes the result of "Classify change" (DMN ChangeClassification, one row: type, risk, approval
 * path) into the change's variables and onto its ticket.
 */
@Component("recordClassification")
record RecordClassificationListener(ChangeRecords records) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    ChangeRecords.Classification classification = change.classification();
    change.set(ChangeVariables.CHANGE_TYPE, classification.changeType())
        .set(ChangeVariables.RISK, classification.risk())
        .set(ChangeVariables.APPROVAL_PATH, classification.approvalPath());
    records.classified(change.get(ChangeVariables.CHANGE_NUMBER), classification, EngineClock.now());
  }
}
