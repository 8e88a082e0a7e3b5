package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record approval decision": the CAB's (or ECAB's) outcome goes on the ticket — decided by the
 * votes, or by the change manager when the vote deadline passed.
 */
@Component("recordApprovalDecision")
class RecordApprovalDecisionDelegate implements JavaDelegate {

  private final ChangeRecords records;

  RecordApprovalDecisionDelegate(ChangeRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = change.changeNumber();
    String note = change.decisionNote() != null ? "decided by the change manager: " + change.decisionNote()
        : records.votes(number).stream().map(v -> v.approverGroup() + (v.approved() ? " approved" : " rejected"))
            .collect(Collectors.joining(", ", "by " + change.votingRule() + " vote: ", ""));
    records.approvalDecided(number, change.cabApproved(), note, EngineClock.now());
  }
}
