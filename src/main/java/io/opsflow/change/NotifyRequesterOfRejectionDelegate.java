package io.opsflow.change;

import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Notify requester of rejection": the requester learns why the RFC was rejected (the rejecting
 * members' comments, or the change manager's note); a problem that asked for the change hears that
 * it failed. The ticket closes as rejected.
 */
@Component("notifyRequesterOfChangeRejection")
record NotifyRequesterOfRejectionDelegate(ChangeRecords records, ChangeOutcomes outcomes) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String reasons = Objects.requireNonNullElseGet(change.get(ChangeVariables.DECISION_NOTE),
        () -> records.votes(number).stream().filter(v -> !v.approved())
            .map(v -> "- " + v.approverGroup() + ": " + v.comment()).collect(Collectors.joining("\n")));
    String summary = change.get(ChangeVariables.SUMMARY);
    outcomes.close(change, false, "REJECTED", "Change rejected: " + summary,
        "Your request for change " + number + " (" + summary + ") was rejected.\n\nReasons:\n" + reasons);
  }
}
