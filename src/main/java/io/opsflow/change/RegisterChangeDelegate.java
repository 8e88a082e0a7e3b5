package io.opsflow.change;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register change": gives the RFC its number as business key, keeps the requester's declared
 * type apart from the type the classification will give it, says whether the RFC is complete enough
 * to classify, sets the CAB's deadlines from the change policy, offers the implementation to the
 * change implementers until people are named, and writes the ticket record.
 */
@Component("registerChange")
record RegisterChangeDelegate(TicketNumbers numbers, ChangeRecords records, ChangePolicy policy)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ChangeVariables change = ChangeVariables.of(execution);
    String number = numbers.next(ChangeIds.PREFIX); // a start runs this once: nobody hands the number in
    change.set(ChangeVariables.CHANGE_NUMBER, number);
    execution.setProcessBusinessKey(number);
    String type = change.get(ChangeVariables.CHANGE_TYPE);
    String declared = type == null ? ChangeIds.NORMAL : type;
    change.set(ChangeVariables.DECLARED_TYPE, declared)
        .set(ChangeVariables.TESTED, change.get(ChangeVariables.TESTED)) // false when left out, for the decisions
        .set(ChangeVariables.URGENT, change.get(ChangeVariables.URGENT))
        // only a service request's message names one: no person's start carries serviceRequestNumber
        .set(ChangeVariables.CATALOGUE_STANDARD, change.get(ChangeVariables.SERVICE_REQUEST_NUMBER) != null
            && ChangeIds.STANDARD.equals(declared))
        .set(ChangeVariables.SHIPS_SOFTWARE, change.get(ChangeVariables.SHIPS_SOFTWARE))
        .set(ChangeVariables.RFC_COMPLETE, !change.get(ChangeVariables.AFFECTED_CIS).isEmpty()
            && (change.hasBackoutPlan() || ChangeIds.STANDARD.equals(declared)))
        .set(ChangeVariables.CAB_VOTE_DEADLINE, policy.cabVoteDeadline().toString())
        .set(ChangeVariables.ECAB_VOTE_DEADLINE, policy.ecabVoteDeadline().toString())
        .assignTo(List.of()); // the change implementers, until the change manager names people
    records.register(number, execution.getProcessInstanceId(), change.rfc(), EngineClock.now());
  }
}
