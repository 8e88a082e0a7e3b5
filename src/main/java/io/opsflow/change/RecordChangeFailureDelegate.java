package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.release.ReleaseIds;
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
    String incident = change.get(ChangeVariables.INCIDENT_NUMBER);
    String note = ReleaseIds.ROLLED_BACK.equals(change.get(ChangeVariables.RELEASE_OUTCOME))
        ? "Release " + change.get(ChangeVariables.RELEASE_NUMBER) + " was rolled back."
        : "Verification: " + Objects.toString(change.get(ChangeVariables.VERIFICATION_NOTES), "-")
            + " Backout " + (change.get(ChangeVariables.BACKOUT_SUCCEEDED) ? "succeeded" : "failed") + ": "
            + change.get(ChangeVariables.BACKOUT_NOTES)
            + (incident == null ? "" : " Major incident " + incident + ".");
    records.failed(change.get(ChangeVariables.CHANGE_NUMBER), note, EngineClock.now());
  }
}
