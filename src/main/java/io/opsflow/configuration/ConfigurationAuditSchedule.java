package io.opsflow.configuration;

import io.opsflow.platform.model.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When ConfigurationAuditSchedule starts the monthly configuration audit of every item in service
 * ({@code opsflow.configuration-audit.schedule}, read when the model is deployed): by default on the
 * first of the month at 02:00 UTC (10:00 in China).
 */
@ModelBean
@Component("configurationAuditSchedule")
public class ConfigurationAuditSchedule {

  private final String cycle;

  ConfigurationAuditSchedule(@Value("${opsflow.configuration-audit.schedule:0 0 2 1 * ?}") String cycle) {
    this.cycle = cycle.strip();
  }

  /** The timer cycle: a cron expression or an ISO 8601 repetition. */
  public String getCycle() {
    return cycle;
  }
}
