package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register service request": gives the request its number (SRQ-2026-000042, once) as business
 * key, takes the requester to be the person who raised it when none is named, copies what the
 * catalogue item says today (owner, fulfilling group, approval rule, cost, access, checklist) and
 * the CMDB's criticality of the CI, and writes the ticket record.
 */
@Component("registerServiceRequest")
record RegisterServiceRequestDelegate(TicketNumbers numbers, ServiceRequestRecords records, ServiceCatalogue catalogue,
    Cmdb cmdb) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ServiceRequestVariables request = ServiceRequestVariables.of(execution);
    String number = request.get(REQUEST_NUMBER);
    if (number == null) {
      number = numbers.next(ServiceRequestIds.PREFIX);
      request.set(REQUEST_NUMBER, number);
    }
    execution.setProcessBusinessKey(number);
    if (request.get(REQUESTER) == null) {
      request.set(REQUESTER, request.get(INITIATOR));
    }
    // a retired item's open requests keep running: the item is read whatever its state
    ServiceCatalogue.Item item = catalogue.find(request.get(CATALOGUE_ITEM)).orElseThrow();
    request.set(ITEM_NAME, item.name()).set(CATEGORY, item.category()).set(OWNER_GROUP, item.ownerGroup())
        .set(ITEM_FULFILLING_GROUP, item.fulfillingGroup()).set(ITEM_APPROVAL, item.approval())
        .set(COST, item.cost()).set(ITEM_ACCESS_LEVEL, item.accessLevel()).set(STANDARD_CHANGE, item.standardChange())
        .set(CHECKLIST, String.join("\n", item.checklist().stream().map(step -> "☐ " + step).toList()));
    String ci = request.get(AFFECTED_CI);
    Cmdb.Item found = ci == null ? null : cmdb.find(ci.strip()).orElse(null);
    request.set(CI_CRITICALITY, found == null ? "none" : found.criticality())
        .set(CI_TYPE, found == null ? "none" : found.type());
    records.register(new ServiceRequestRecords.Registration(number, execution.getProcessInstanceId(), item.id(),
        request.get(SUMMARY), request.get(DETAILS), request.get(URGENCY), request.get(REQUESTER),
        request.get(LINE_MANAGER), ci, item.ownerGroup()), EngineClock.now());
  }
}
