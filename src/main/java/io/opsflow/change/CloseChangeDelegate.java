package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close change": the requester gets the result (and a problem that asked for the change its
 * {@code ChangeCompleted}), and the ticket closes with the release it shipped, if any.
 */
@Component("closeChange")
class CloseChangeDelegate implements JavaDelegate {

  private final ChangeRecords records;
  private final ChangeOutcomes outcomes;

  CloseChangeDelegate(ChangeRecords records, ChangeOutcomes outcomes) {
    this.records = records;
    this.outcomes = outcomes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.changeNumber();
    boolean successful = change.changeSuccessful();
    String result = successful ? "implemented" : "failed and was backed out";
    outcomes.tell(change, successful, "Change " + (successful ? "implemented" : "failed") + ": " + change.summary(),
        "Change " + number + " (" + change.summary() + ") " + result + "."
            + (change.releaseNumber() == null ? "" : "\nRelease: " + change.releaseNumber() + " (" + change.releaseOutcome() + ")")
            + (change.incidentNumber() == null ? "" : "\nMajor incident: " + change.incidentNumber())
            + (change.reviewNotes() == null ? "" : "\n\nReview:\n" + change.reviewNotes()));
    if (change.releaseNumber() != null) {
      records.released(number, change.releaseNumber());
    }
    records.closed(number, "CLOSED", EngineClock.now());
  }
}
