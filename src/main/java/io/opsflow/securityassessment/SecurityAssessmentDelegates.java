package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assessment's steps of a line or two: a finding's risk, acceptance, fix, escalation, and the report. */
@Configuration(proxyBeanMethods = false)
class SecurityAssessmentDelegates {

  /** "Record the risk and due date": SecurityRisk's level, and the due date that many days from now. */
  @Bean
  JavaDelegate recordSecurityRisk(SecurityAssessmentRecords records, BusinessHours hours) {
    return execution -> {
      SecurityAssessmentVariables finding = SecurityAssessmentVariables.of(execution);
      Map<?, ?> risk = finding.get(RISK);
      String level = (String) risk.get("riskLevel");
      Instant due = EngineClock.now().plus(Duration.ofDays(((Number) risk.get("remediationDays")).longValue()));
      finding.set(RISK_LEVEL, level).set(RISK_SHOWN, SecurityAssessmentIds.LEVEL_NAMES.get(level))
          .set(FINDING_DUE, due).set(FINDING_DUE_SHOWN, Times.shown(due, hours.zone()));
      records.rated(finding.get(ASSESSMENT_NUMBER), findingNo(finding), level, due);
    };
  }

  /** "Record the risk acceptance": the reason and the expiry, with the finding. */
  @Bean
  JavaDelegate recordSecurityRiskAccepted(SecurityAssessmentRecords records) {
    return execution -> {
      SecurityAssessmentVariables finding = SecurityAssessmentVariables.of(execution);
      records.accepted(finding.get(ASSESSMENT_NUMBER), findingNo(finding), finding.get(ACCEPTANCE_REASON),
          LocalDate.parse(finding.get(ACCEPTED_UNTIL).strip().substring(0, 10)), EngineClock.now());
    };
  }

  /** "Close the finding": fixed, with the re-test's notes. */
  @Bean
  JavaDelegate closeSecurityFinding(SecurityAssessmentRecords records) {
    return execution -> {
      SecurityAssessmentVariables finding = SecurityAssessmentVariables.of(execution);
      records.fixed(finding.get(ASSESSMENT_NUMBER), findingNo(finding), finding.get(RETEST_NOTES), EngineClock.now());
    };
  }

  /** "Escalate the overdue finding": the process owners and operations administrators hear of it. */
  @Bean
  JavaDelegate escalateOverdueSecurityFinding(SecurityAssessmentRecords records, SecurityAssessmentMails mails) {
    return execution -> {
      SecurityAssessmentVariables finding = SecurityAssessmentVariables.of(execution);
      mails.overdue(finding);
      records.escalated(finding.get(ASSESSMENT_NUMBER), findingNo(finding), EngineClock.now());
    };
  }

  /** "Report the assessment": closed, its report mailed. */
  @Bean
  JavaDelegate reportSecurityAssessment(SecurityAssessmentRecords records, SecurityAssessmentMails mails) {
    return execution -> {
      String number = SecurityAssessmentVariables.of(execution).get(ASSESSMENT_NUMBER);
      records.reported(number, EngineClock.now());
      mails.report(records.find(number).orElseThrow(), records.findings(number));
    };
  }

  private static int findingNo(SecurityAssessmentVariables finding) {
    return Integer.parseInt(finding.get(FINDING_NO));
  }
}
