package io.opsflow.change;

import org.springframework.stereotype.Component;

/**
 * "Close change": the requester gets the result (and a problem that asked for the change its
 * {@code ChangeCompleted}), and the ticket closes with the release it shipped, if any.
 */
@Component("closeChange")
record CloseChangeDelegate(ChangeOutcomes outcomes) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    boolean successful = change.get(ChangeVariables.CHANGE_SUCCESSFUL);
    String summary = change.get(ChangeVariables.SUMMARY);
    String release = change.get(ChangeVariables.RELEASE_NUMBER);
    String incident = change.get(ChangeVariables.INCIDENT_NUMBER);
    String review = change.get(ChangeVariables.REVIEW_NOTES);
    outcomes.close(change, successful, "CLOSED", "Change " + (successful ? "implemented" : "failed") + ": " + summary,
        "Change " + change.get(ChangeVariables.CHANGE_NUMBER) + " (" + summary + ") "
            + (successful ? "implemented" : "failed and was backed out") + "."
            + (release == null ? "" : "\nRelease: " + release + " (" + change.get(ChangeVariables.RELEASE_OUTCOME) + ")")
            + (incident == null ? "" : "\nMajor incident: " + incident)
            + (review == null ? "" : "\n\nReview:\n" + review));
  }
}
