package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record change failure": the release of the change was rolled back, or verification failed and the
 * backout plan ran (successfully, or a major incident was raised); the ticket keeps why, the window is
 * released.
 */
@Component("recordChangeFailure")
class RecordChangeFailureDelegate implements JavaDelegate {

  private final ChangeRecords records;

  RecordChangeFailureDelegate(ChangeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    change.set(ChangeVariables.CHANGE_SUCCESSFUL, false);
    String note = "rolled-back".equals(change.releaseOutcome())
        ? "Release " + change.releaseNumber() + " was rolled back."
        : "Verification: " + Objects.toString(change.verificationNotes(), "-")
            + " Backout " + (change.backoutSucceeded() ? "succeeded" : "failed") + ": " + change.backoutNotes()
            + (change.incidentNumber() == null ? "" : " Major incident " + change.incidentNumber() + ".");
    records.failed(change.changeNumber(), note, EngineClock.now());
  }
}
