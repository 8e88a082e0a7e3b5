package io.opsflow.servicerequest;

/** The ids of the service request model's elements that code and tests refer to. */
public final class ServiceRequestIds {

  public static final String PROCESS = "ServiceRequest";
  public static final String PREFIX = "SRQ";

  public static final String RECEIVED = "Event_ServiceRequestReceived";
  public static final String REGISTER = "Activity_RegisterServiceRequest";
  public static final String DETERMINE_PRIORITY = "Activity_DetermineRequestPriority";
  public static final String DETERMINE_TARGET = "Activity_DetermineFulfilmentTarget";
  public static final String SET_DUE_DATES = "Activity_SetFulfilmentDueDates";
  public static final String DECIDE_APPROVAL = "Activity_DecideApproval";
  public static final String SET_APPROVAL_DEADLINE = "Activity_SetApprovalDeadline";
  public static final String APPROVE = "Activity_ApproveServiceRequest";
  public static final String APPROVAL_REMINDER = "Event_ApprovalDeadlinePassed";
  public static final String REMIND_APPROVER = "Activity_RemindApprover";
  public static final String APPROVAL_ESCALATION = "Event_ApprovalOverdue";
  public static final String ESCALATE_APPROVAL = "Activity_EscalateApprovalToServiceDesk";
  public static final String NOTIFY_REJECTION = "Activity_NotifyRequesterOfRejection";
  public static final String REJECTED = "Event_ServiceRequestRejected";
  public static final String ROUTE = "Activity_RouteServiceRequest";
  public static final String STANDARD_CHANGE = "Gateway_StandardChange";
  public static final String REQUEST_STANDARD_CHANGE = "Activity_RequestStandardChange";
  public static final String AWAIT_CHANGE = "Activity_AwaitChangeOutcome";
  public static final String FULFIL = "Activity_FulfilServiceRequest";
  public static final String SLA_WARNING = "Event_FulfilmentTargetAt75";
  public static final String WARN_SERVICE_DESK_LEAD = "Activity_WarnServiceDeskLeadOfRequest";
  public static final String SLA_BREACHED = "Event_FulfilmentTargetBreached";
  public static final String RECORD_SLA_BREACH = "Activity_RecordRequestSlaBreach";
  public static final String NOTIFY_FULFILMENT = "Activity_NotifyRequesterOfFulfilment";
  public static final String CONFIRM = "Activity_ConfirmWithRequester";
  public static final String NO_ANSWER = "Event_NoAnswerFromRequester";
  public static final String REOPEN = "Activity_ReopenServiceRequest";
  public static final String CLOSE = "Activity_CloseServiceRequest";
  public static final String CLOSED = "Event_ServiceRequestClosed";

  private ServiceRequestIds() {
  }
}
