package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import io.opsflow.sla.BusinessHours;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the ServiceRequest model after its approval: they keep the ticket in step with the
 * process and tell the requester and the service desk lead. One bean each, named as the model names it.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRequestDelegates {

  private final ServiceRequestRecords records;
  private final ServiceRequestMails mails;

  ServiceRequestDelegates(ServiceRequestRecords records, ServiceRequestMails mails) {
    this.records = records;
    this.mails = mails;
  }

  /** "Notify requester of rejection": the requester learns who refused and why; the ticket closes as rejected. */
  @Bean
  JavaDelegate notifyServiceRequestRejection() {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      mails.toRequester(request, "rejected", "Service request rejected / 服务请求被拒绝",
          "Your service request was rejected (" + request.get(APPROVAL_STEP) + "). Reason: "
              + request.get(REJECTION_REASON) + "\n您的服务请求未获批准。原因：" + request.get(REJECTION_REASON));
      records.closed(request.get(REQUEST_NUMBER), "REJECTED", null, EngineClock.now());
    };
  }

  /** On "Fulfil service request" at its creation: the ticket is with the fulfilling group. */
  @Bean
  TaskListener recordDispatch() {
    return task -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(task);
      records.dispatched(request.get(REQUEST_NUMBER), request.get(FULFILMENT_GROUP), EngineClock.now());
    };
  }

  /** "Warn service desk lead": 75 % of the fulfilment target is used and the request is not fulfilled. */
  @Bean
  JavaDelegate warnServiceDeskLeadOfRequest(BusinessHours hours) {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      records.event(request.get(REQUEST_NUMBER), "SLA_WARNING", null, EngineClock.now());
      mails.toGroup(request, Roles.SERVICE_DESK_LEAD, "sla-warning",
          "Fulfilment target at 75 % / 履行时限已用 75% (" + request.get(PRIORITY) + ")",
          "This service request is due at " + Times.shown(request.get(FULFILMENT_DUE), hours.zone()) + " and is still with "
              + request.get(FULFILMENT_GROUP) + ".\n此服务请求须于 " + Times.shown(request.get(FULFILMENT_DUE), hours.zone())
              + " 前完成，目前仍在 " + request.get(FULFILMENT_GROUP) + " 处理中。");
    };
  }

  /** "Record SLA breach": the fulfilment target passed; recorded once, the fulfilling group keeps working. */
  @Bean
  JavaDelegate recordRequestSlaBreach() {
    return execution -> records.slaBreached(ServiceRequestVariables.of(execution).get(REQUEST_NUMBER), EngineClock.now());
  }

  /**
   * "Notify requester of fulfilment": the requester learns what was done and until when they may
   * answer ({@code opsflow.service-request.confirmation-window} business days, as incidents'
   * confirmation window); then the request closes by itself.
   */
  @Bean
  JavaDelegate notifyRequesterOfFulfilment(BusinessCalendar calendar, BusinessHours hours,
      @Value("${opsflow.service-request.confirmation-window:P3D}") String window) {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      request.set(CONFIRMATION_DUE, calendar.due(EngineClock.now(), window, BusinessCalendar.BUSINESS_HOURS));
      records.status(request.get(REQUEST_NUMBER), "FULFILLED", "FULFILLED", request.get(FULFILMENT_NOTES),
          EngineClock.now());
      String due = Times.shown(request.get(CONFIRMATION_DUE), hours.zone());
      mails.send(request, "fulfilled-" + records.phases(request.get(REQUEST_NUMBER)).stream()
              .filter("FULFILLED"::equals).count(), mails.recipients().user(request.get(REQUESTER)),
          "Service request fulfilled / 服务请求已完成",
          "Your service request was fulfilled: " + request.get(FULFILMENT_NOTES) + "\nPlease confirm it in Tasklist by "
              + due + "; without an answer it closes then.\n您的服务请求已完成。请于 " + due
              + " 前在 Tasklist 中确认；逾期未答复将自动关闭。");
    };
  }

  /** "Reopen service request": the requester says it is not fulfilled; back to the fulfilling group. */
  @Bean
  JavaDelegate reopenServiceRequest() {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      records.status(request.get(REQUEST_NUMBER), "REOPENED", "REOPENED", request.get(NOT_FULFILLED_REASON),
          EngineClock.now());
      request.set(FULFILLED, null);
    };
  }

  /** "Close service request": confirmed with the requester's satisfaction, or closed without an answer. */
  @Bean
  JavaDelegate closeServiceRequest() {
    return execution -> {
      ServiceRequestVariables request = ServiceRequestVariables.of(execution);
      boolean confirmed = Boolean.TRUE.equals(request.get(FULFILLED));
      records.closed(request.get(REQUEST_NUMBER), confirmed ? "CLOSED" : "CLOSED_UNCONFIRMED",
          confirmed ? request.get(SATISFACTION) : null, EngineClock.now());
    };
  }
}
