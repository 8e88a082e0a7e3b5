package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SecurityAssessmentSchedule's steps: whether the quarter is assessed, and its assessment's start. */
@Configuration(proxyBeanMethods = false)
class SecurityAssessmentScheduleDelegates {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityAssessmentScheduleDelegates.class);

  /** "Find the quarter due": the quarter in the business calendar's zone (2026-Q4). */
  @Bean
  JavaDelegate findSecurityQuarterDue(SecurityAssessmentRecords records, BusinessHours hours) {
    return execution -> {
      ZonedDateTime today = EngineClock.now().atZone(hours.zone());
      String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
      SecurityAssessmentVariables.of(execution).set(SCHEDULED_QUARTER, quarter)
          .set(QUARTER_DUE, !records.quarterOpened(quarter));
    };
  }

  /**
   * "Start the quarter's assessment": a vulnerability scan of every item in service, unless the
   * quarter was started since the check looked (the quarter's unique key stops a second one that
   * races this one: its job fails and its retry finds the quarter started).
   */
  @Bean
  JavaDelegate startQuarterSecurityAssessment(SecurityAssessmentRecords records, Cmdb cmdb) {
    return execution -> {
      String quarter = SecurityAssessmentVariables.of(execution).get(SCHEDULED_QUARTER);
      if (records.quarterOpened(quarter)) {
        LOG.info("Security assessment of {} not started: it is started already", quarter);
        return;
      }
      Map<String, Object> variables = new HashMap<>();
      METHOD.put(variables, SecurityAssessmentIds.SCHEDULED_METHOD);
      SCOPE_CIS.put(variables, new ArrayList<>(cmdb.list(null, null).stream().map(Cmdb.Item::id).toList()));
      SCHEDULED_QUARTER.put(variables, quarter);
      execution.getProcessEngineServices().getRuntimeService()
          .startProcessInstanceByKey(SecurityAssessmentIds.PROCESS, variables);
    };
  }
}
