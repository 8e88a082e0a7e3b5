package io.opsflow.securityassessment;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When SecurityAssessment's quarterly timer starts the scheduled assessment
 * ({@code opsflow.security-assessment.schedule}, read when the model is deployed): by default on the
 * first day of each quarter at 01:00 UTC (09:00 in China); a cron expression or an ISO 8601 repetition.
 */
@ModelBean
@Component("securityAssessmentSchedule")
public class SecurityAssessmentSchedule {

  private final String cycle;

  SecurityAssessmentSchedule(@Value("${opsflow.security-assessment.schedule:0 0 1 1 1,4,7,10 ?}") String cycle) {
    this.cycle = cycle.strip();
  }

  public String getCycle() {
    return cycle;
  }
}
