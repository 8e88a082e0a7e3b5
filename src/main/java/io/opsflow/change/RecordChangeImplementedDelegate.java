package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record change implemented": verified in production; the ticket says so and the window is released. */
@Component("recordChangeImplemented")
class RecordChangeImplementedDelegate implements JavaDelegate {

  private final ChangeRecords records;

  RecordChangeImplementedDelegate(ChangeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    change.set(ChangeVariables.CHANGE_SUCCESSFUL, true);
    records.implemented(change.get(ChangeVariables.CHANGE_NUMBER), change.get(ChangeVariables.VERIFICATION_NOTES),
        EngineClock.now());
  }
}
