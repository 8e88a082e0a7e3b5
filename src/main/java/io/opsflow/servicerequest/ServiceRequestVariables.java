package io.opsflow.servicerequest;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The service request process's variables: names (a contract) and typed access. */
public final class ServiceRequestVariables extends ProcessVariables<ServiceRequestVariables> {

  // the start contract
  public static final Variable<String> CATALOGUE_ITEM = Variable.text("catalogueItem");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> DETAILS = Variable.optionalText("details");
  public static final Variable<String> URGENCY = Variable.text("urgency");
  /** The user the request is for (told the outcome, confirms it); the person who started it when left out. */
  public static final Variable<String> REQUESTER = Variable.optionalText("requester");
  /** The requester's line manager (a user id): required when the item's approval asks for them. */
  public static final Variable<String> LINE_MANAGER = Variable.optionalText("lineManager");
  public static final Variable<String> AFFECTED_CI = Variable.optionalText("affectedCi");
  // the item-specific fields (ServiceRequestInput.ITEM_FIELDS)
  public static final Variable<String> TARGET_SYSTEM = Variable.optionalText("targetSystem");
  public static final Variable<String> ACCESS_LEVEL = Variable.optionalText("accessLevel");
  public static final Variable<String> HARDWARE_MODEL = Variable.optionalText("hardwareModel");
  public static final Variable<String> SOFTWARE_NAME = Variable.optionalText("softwareName");
  public static final Variable<Integer> MAILBOX_SIZE = Variable.number("mailboxSize");
  public static final Variable<String> DATABASE_NAME = Variable.optionalText("databaseName");
  public static final Variable<String> RESTORE_POINT = Variable.optionalText("restorePoint");
  public static final Variable<String> REPORT_NAME = Variable.optionalText("reportName");
  public static final Variable<String> JUSTIFICATION = Variable.optionalText("justification");

  public static final Variable<String> INITIATOR = Variable.optionalText("initiator");
  public static final Variable<String> REQUEST_NUMBER = Variable.text("requestNumber");
  // the catalogue item as it was when the request was registered
  public static final Variable<String> ITEM_NAME = Variable.text("itemName");
  public static final Variable<String> CATEGORY = Variable.text("category");
  public static final Variable<String> OWNER_GROUP = Variable.text("ownerGroup");
  public static final Variable<String> ITEM_FULFILLING_GROUP = Variable.text("itemFulfillingGroup");
  public static final Variable<String> ITEM_APPROVAL = Variable.text("itemApproval");
  public static final Variable<Integer> COST = Variable.count("cost");
  public static final Variable<String> ITEM_ACCESS_LEVEL = Variable.text("itemAccessLevel");
  public static final Variable<String> CHECKLIST = Variable.text("checklist");
  /** Whether the item is fulfilled through a standard change in ChangeManagement. */
  public static final Variable<Boolean> STANDARD_CHANGE = Variable.flag("standardChange");
  /** The standard change asked for, and whether it succeeded (ChangeCompleted). */
  public static final Variable<String> CHANGE_NUMBER = Variable.optionalText("changeNumber");
  public static final Variable<Boolean> CHANGE_SUCCESSFUL = Variable.optionalFlag("changeSuccessful");
  /** The CMDB's criticality of the affected CI, "none" without one. */
  public static final Variable<String> CI_CRITICALITY = Variable.text("ciCriticality");
  public static final Variable<String> CI_TYPE = Variable.text("ciType");

  public static final Variable<String> PRIORITY = Variable.text("priority");
  public static final Variable<String> FULFILMENT_TARGET = Variable.text("fulfilmentTarget");
  public static final Variable<String> SLA_CALENDAR = Variable.text("slaCalendar");
  public static final Variable<Instant> FULFILMENT_DUE = Variable.time("fulfilmentDue");
  public static final Variable<Instant> FULFILMENT_WARNING_AT = Variable.time("fulfilmentWarningAt");
  /** none, manager, owner, manager-then-owner or security (DMN ServiceRequestApproval). */
  public static final Variable<String> APPROVAL_PATH = Variable.text("approvalPath");
  /** The approval steps in turn (manager, owner, security): the approval task runs once per step. */
  public static final Variable<List<String>> APPROVAL_STEPS = Variable.textList("approvalSteps");
  /** The step of the approval task at hand (local to its instance). */
  public static final Variable<String> APPROVAL_STEP = Variable.text("approvalStep");
  public static final Variable<Instant> APPROVAL_DUE = Variable.time("approvalDue");
  public static final Variable<Instant> APPROVAL_ESCALATION_AT = Variable.time("approvalEscalationAt");
  /** The approver's answer: approved (true) or rejected (false). */
  public static final Variable<Boolean> APPROVED = Variable.optionalFlag("approved");
  public static final Variable<String> APPROVAL_NOTE = Variable.optionalText("approvalNote");
  public static final Variable<String> REJECTION_REASON = Variable.optionalText("rejectionReason");
  public static final Variable<String> FULFILMENT_GROUP = Variable.text("fulfilmentGroup");
  public static final Variable<String> FULFILMENT_NOTES = Variable.optionalText("fulfilmentNotes");
  public static final Variable<Instant> CONFIRMATION_DUE = Variable.time("confirmationDue");
  /** The requester's answer: fulfilled (true) or not (false, back to the fulfilling group). */
  public static final Variable<Boolean> FULFILLED = Variable.optionalFlag("fulfilled");
  public static final Variable<Integer> SATISFACTION = Variable.number("satisfaction");
  public static final Variable<String> NOT_FULFILLED_REASON = Variable.optionalText("notFulfilledReason");

  /** The variables a start may carry (the process's contract). */
  public static final Set<String> START = Variable.names(CATALOGUE_ITEM, SUMMARY, DETAILS, URGENCY, REQUESTER,
      LINE_MANAGER, AFFECTED_CI, TARGET_SYSTEM, ACCESS_LEVEL, HARDWARE_MODEL, SOFTWARE_NAME, MAILBOX_SIZE,
      DATABASE_NAME, RESTORE_POINT, REPORT_NAME, JUSTIFICATION);

  private ServiceRequestVariables(VariableScope scope) {
    super(scope);
  }

  public static ServiceRequestVariables of(VariableScope scope) {
    return new ServiceRequestVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ServiceRequestVariables> {

    @Override
    default ServiceRequestVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
