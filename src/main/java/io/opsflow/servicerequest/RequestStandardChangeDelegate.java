package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import io.opsflow.platform.process.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Request standard change": the item is fulfilled by changing a configuration item, so
 * ChangeManagement gets {@code StandardChangeRequested} with the request number, the CI, what is
 * asked and the item's checklist as its procedure; the change is pre-approved with the catalogue
 * item and answers with {@code ChangeCompleted} under the request's number.
 */
@Component("requestStandardChange")
record RequestStandardChangeDelegate(ServiceRequestRecords records) implements JavaDelegate {

  /** The change's start variables, by the names ChangeVariables gives them: the message's contract. */
  private static final Variable<String> CHANGE_TYPE = Variable.text("changeType");
  private static final Variable<List<String>> AFFECTED_CIS = Variable.textList("affectedCis");
  private static final Variable<String> DESCRIPTION = Variable.text("description");
  private static final Variable<String> SERVICE_REQUEST_NUMBER = Variable.text("serviceRequestNumber");
  private static final String STANDARD_CHANGE_REQUESTED = "StandardChangeRequested";

  @Override
  public void execute(DelegateExecution execution) {
    ServiceRequestVariables request = ServiceRequestVariables.of(execution);
    String number = request.get(REQUEST_NUMBER);
    Map<String, Object> change = new HashMap<>();
    SERVICE_REQUEST_NUMBER.put(change, number);
    SUMMARY.put(change, number + " " + request.get(ITEM_NAME) + ": " + request.get(SUMMARY));
    DESCRIPTION.put(change, (request.get(DETAILS) == null ? "" : request.get(DETAILS) + "\n\n") + request.get(CHECKLIST));
    CHANGE_TYPE.put(change, "standard");
    AFFECTED_CIS.put(change, List.of(request.get(AFFECTED_CI).strip()));
    REQUESTER.put(change, request.get(REQUESTER));
    String changeNumber = StartMessages.start(execution.getProcessEngineServices().getRuntimeService(),
        STANDARD_CHANGE_REQUESTED, change).getBusinessKey();
    request.set(CHANGE_NUMBER, changeNumber);
    records.status(number, "IN_CHANGE", "STANDARD_CHANGE_REQUESTED", changeNumber, EngineClock.now());
  }
}
