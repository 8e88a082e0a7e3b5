package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Set due dates": the fulfilment target counts from now on the calendar DMN ServiceRequestTargets
 * names (the incidents' business calendar), with the service desk lead's warning at 75 %; when an
 * approval is needed, its steps in turn and the approval deadline
 * ({@code opsflow.service-request.approval-window}, then the escalation after
 * {@code approval-escalation-after} more), both in business time. Records the classification.
 */
@Component("setFulfilmentDueDates")
class SetFulfilmentDueDatesDelegate implements ServiceRequestVariables.Step {

  private final BusinessCalendar calendar;
  private final ServiceRequestRecords records;
  private final String approvalWindow;
  private final String escalationAfter;

  SetFulfilmentDueDatesDelegate(BusinessCalendar calendar, ServiceRequestRecords records,
      @Value("${opsflow.service-request.approval-window:P2D}") String approvalWindow,
      @Value("${opsflow.service-request.approval-escalation-after:P1D}") String escalationAfter) {
    this.calendar = calendar;
    this.records = records;
    this.approvalWindow = approvalWindow;
    this.escalationAfter = escalationAfter;
  }

  @Override
  public void execute(ServiceRequestVariables request) {
    Instant now = EngineClock.now();
    String target = request.get(FULFILMENT_TARGET);
    String slaCalendar = request.get(SLA_CALENDAR);
    request.set(FULFILMENT_DUE, calendar.due(now, target, slaCalendar))
        .set(FULFILMENT_WARNING_AT, calendar.due(now, target, slaCalendar, 0.75));
    String path = request.get(APPROVAL_PATH);
    if (!"none".equals(path)) {
      Instant due = calendar.due(now, approvalWindow, BusinessCalendar.BUSINESS_HOURS);
      request.set(APPROVAL_STEPS, Arrays.asList(path.split("-then-")))
          .set(APPROVAL_DUE, due)
          .set(APPROVAL_ESCALATION_AT, calendar.due(due, escalationAfter, BusinessCalendar.BUSINESS_HOURS));
    }
    records.classified(request.get(REQUEST_NUMBER), request.get(PRIORITY), path, now);
  }
}
