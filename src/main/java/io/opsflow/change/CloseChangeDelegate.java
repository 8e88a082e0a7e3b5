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
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String summary = change.get(ChangeVariables.SUMMARY);
    String release = change.get(ChangeVariables.RELEASE_NUMBER);
    String incident = change.get(ChangeVariables.INCIDENT_NUMBER);
    String review = change.get(ChangeVariables.REVIEW_NOTES);
    boolean successful = change.get(ChangeVariables.CHANGE_SUCCESSFUL);
    String result = successful ? "implemented" : "failed and was backed out";
    outcomes.tell(change, successful, "Change " + (successful ? "implemented" : "failed") + ": " + summary,
        "Change " + number + " (" + summary + ") " + result + "."
            + (release == null ? "" : "\nRelease: " + release + " (" + change.get(ChangeVariables.RELEASE_OUTCOME) + ")")
            + (incident == null ? "" : "\nMajor incident: " + incident)
            + (review == null ? "" : "\n\nReview:\n" + review));
    if (release != null) {
      records.released(number, release);
    }
    records.closed(number, "CLOSED", EngineClock.now());
  }
}
