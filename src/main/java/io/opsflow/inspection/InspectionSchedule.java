package io.opsflow.inspection;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the InspectionSchedule model looks for rounds due ({@code opsflow.inspection.check}, its
 * timer start event's cycle, read when the model is deployed): every hour by default, so a round
 * starts within the hour it falls due; and when InspectionStatistics mails the month's figures.
 */
@ModelBean
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final String check;
  private final String statistics;

  InspectionSchedule(@Value("${opsflow.inspection.check:0 0 * * * ?}") String check,
      @Value("${opsflow.inspection.statistics:0 0 1 1 * ?}") String statistics) {
    this.check = check.strip();
    this.statistics = statistics.strip();
  }

  /**
   * When InspectionStatistics mails last month's figures to the CI owners: by default on the first
   * of the month at 01:00 UTC (09:00 in China); a cron expression or an ISO 8601 repetition.
   */
  public String getStatistics() {
    return statistics;
  }

  /** The check's timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCheck() {
    return check;
  }
}
