package io.opsflow.inspection;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the InspectionSchedule model looks for rounds due ({@code opsflow.inspection.check}, its
 * timer start event's cycle, read when the model is deployed): every hour by default, so a round
 * starts within the hour it falls due.
 */
@ModelBean
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final String check;

  InspectionSchedule(@Value("${opsflow.inspection.check:0 0 * * * ?}") String check) {
    this.check = check.strip();
  }

  /** The check's timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCheck() {
    return check;
  }
}
