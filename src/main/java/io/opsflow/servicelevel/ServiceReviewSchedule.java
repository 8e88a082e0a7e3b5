package io.opsflow.servicelevel;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When ServiceReview's timer looks whether the month's review is due ({@code opsflow.service-review.check},
 * read when the model is deployed): every day at 08:00 by default; the review opens on the first
 * working day of the month.
 */
@ModelBean
@Component("serviceReviewSchedule")
public class ServiceReviewSchedule {

  private final String check;

  ServiceReviewSchedule(@Value("${opsflow.service-review.check:0 0 8 * * ?}") String check) {
    this.check = check.strip();
  }

  /** The check's timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCheck() {
    return check;
  }
}
