package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register the assessment": numbers it SEC-year-n as its business key (whatever a caller handed in:
 * the task is not async, so it never serves a retry) and records its scope, method, vendor, who
 * asked and, when the quarterly schedule started it, its quarter.
 */
@Component("registerSecurityAssessment")
record RegisterSecurityAssessmentDelegate(SecurityAssessmentRecords records, TicketNumbers numbers)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    SecurityAssessmentVariables assessment = SecurityAssessmentVariables.of(execution);
    String number = numbers.next(SecurityAssessmentIds.PREFIX);
    execution.setProcessBusinessKey(number);
    records.opened(new SecurityAssessmentRecords.Assessment(number, assessment.get(METHOD), assessment.get(SCOPE_CIS),
        assessment.get(VENDOR), assessment.get(REQUESTED_BY), assessment.get(SCHEDULED_QUARTER), EngineClock.now(),
        null, null, null, null), execution.getProcessInstanceId());
    assessment.set(ASSESSMENT_NUMBER, number);
  }
}
