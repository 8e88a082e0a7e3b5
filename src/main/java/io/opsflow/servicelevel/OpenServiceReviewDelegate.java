package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessCalendar;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Open the month's review": on or after the first working day of a month, claims SRV-year-month (once,
 * however many nodes check) and makes this check the review, its number the business key; so a check
 * that failed or did not run on that day is made good by the next one. Before that day, or when the
 * month's review is open already, there is no review due.
 */
@Component("openServiceReview")
class OpenServiceReviewDelegate implements JavaDelegate {

  private final ServiceReviewRecords records;
  private final BusinessCalendar calendar;
  private final BusinessHours hours;
  private final String publicUrl;

  OpenServiceReviewDelegate(ServiceReviewRecords records, BusinessCalendar calendar, BusinessHours hours,
      @Value("${opsflow.public-url}") String publicUrl) {
    this.records = records;
    this.calendar = calendar;
    this.hours = hours;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  @Override
  public void execute(DelegateExecution execution) {
    ServiceReviewVariables review = ServiceReviewVariables.of(execution);
    Instant now = EngineClock.now();
    LocalDate today = now.atZone(hours.zone()).toLocalDate();
    YearMonth month = YearMonth.from(today);
    String number = ServiceReviewIds.PREFIX + "-" + month.getYear() + "-" + String.format("%02d", month.getMonthValue());
    boolean due = !today.isBefore(calendar.firstWorkingDay(month))
        && records.claim(number, month.minusMonths(1).toString(), execution.getProcessInstanceId(), now);
    review.set(REVIEW_DUE, due);
    if (due) {
      execution.setProcessBusinessKey(number);
      String reviewed = month.minusMonths(1).toString();
      review.set(REVIEW_NUMBER, number).set(REVIEW_MONTH, reviewed)
          .set(REPORT_LINK, publicUrl + "/api/reports/service-levels?to=" + reviewed + "&format=html");
    }
  }
}
