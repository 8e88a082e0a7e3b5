package io.opsflow.capacity;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When CapacityReviewSchedule's timer starts the quarter's review ({@code opsflow.capacity.schedule},
 * read when the model is deployed): by default on the first day of each quarter at 02:00 UTC (10:00 in
 * China); a cron expression or an ISO 8601 repetition.
 */
@ModelBean
@Component("capacityReviewSchedule")
public class CapacityReviewSchedule {

  private final String cycle;

  CapacityReviewSchedule(@Value("${opsflow.capacity.schedule:0 0 2 1 1,4,7,10 ?}") String cycle) {
    this.cycle = cycle.strip();
  }

  public String getCycle() {
    return cycle;
  }
}
