package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Records each vote of "Vote on change" (who, for which group, approve or reject, why; a member of
 * several groups votes once, the requester not at all) and counts
 * the votes by the change's voting rule: once the outcome is certain ({@code cabDecided}), the
 * remaining votes are withdrawn and {@code cabApproved} holds the outcome.
 */
@Component("recordCabVote")
record RecordCabVoteListener(ChangeRecords records) implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // withdrawn: the vote was decided or its deadline passed
    }
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String voter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
        : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    if (voter != null && voter.equals(change.get(ChangeVariables.REQUESTER))) {
      throw new FormFieldValidationException(ChangeVariables.APPROVED.name(),
          "Task not completed: the requester of a change does not vote on it; hand the vote to another member");
    }
    if (voter != null && records.votes(number).stream().anyMatch(v -> voter.equals(v.voter()))) {
      throw new FormFieldValidationException(ChangeVariables.APPROVED.name(),
          "Task not completed: " + voter + " has voted on this change already (for another group)");
    }
    records.vote(number, change.get(ChangeVariables.APPROVER_GROUP), voter, change.get(ChangeVariables.APPROVED),
        change.get(ChangeVariables.COMMENT), EngineClock.now());
    List<ChangeRecords.Vote> votes = records.votes(number);
    int approvals = (int) votes.stream().filter(ChangeRecords.Vote::approved).count();
    CabTally tally = CabTally.of(change.get(ChangeVariables.VOTING_RULE), approvals, votes.size() - approvals,
        change.get(ChangeVariables.CAB_MEMBERS));
    ChangeVariables.of(execution.getProcessInstance())
        .set(ChangeVariables.CAB_DECIDED, tally.decided())
        .set(ChangeVariables.CAB_APPROVED, tally.approved())
        .set(ChangeVariables.CAB_VOTES, votes.stream()
            .map(v -> v.approverGroup() + ": " + (v.approved() ? "approved" : "rejected")
                + (v.comment() == null || v.comment().isBlank() ? "" : " (" + v.comment() + ")"))
            .collect(Collectors.joining("\n")));
  }
}
