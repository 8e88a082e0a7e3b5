package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Record approval decision": the CAB's (or ECAB's) outcome goes on the ticket — decided by the
 * votes, or by the change manager when the vote deadline passed.
 */
@Component("recordApprovalDecision")
record RecordApprovalDecisionDelegate(ChangeRecords records) implements ChangeVariables.Step {

  @Override
  public void execute(ChangeVariables change) {
    String number = change.get(ChangeVariables.CHANGE_NUMBER);
    String decisionNote = change.get(ChangeVariables.DECISION_NOTE);
    String note = decisionNote != null ? "decided by the change manager: " + decisionNote
        : records.votes(number).stream().map(v -> v.approverGroup() + (v.approved() ? " approved" : " rejected"))
            .collect(Collectors.joining(", ", "by " + change.get(ChangeVariables.VOTING_RULE) + " vote: ", ""));
    records.approvalDecided(number, change.get(ChangeVariables.CAB_APPROVED), note, EngineClock.now());
  }
}
