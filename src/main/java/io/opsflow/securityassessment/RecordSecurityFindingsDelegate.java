package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * "Record the findings": the summary, who assessed (the task's assignee) and each finding, numbered
 * from 1, kept with the assessment; the findings to treat.
 */
@Component("recordSecurityFindings")
record RecordSecurityFindingsDelegate(SecurityAssessmentRecords records, HistoryService history) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    SecurityAssessmentVariables assessment = SecurityAssessmentVariables.of(execution);
    String number = assessment.get(ASSESSMENT_NUMBER);
    List<SecurityAssessmentRecords.Finding> findings = new ArrayList<>();
    for (Map<String, Object> row : assessment.get(FINDINGS)) {
      Double cvss = SecurityAssessmentInput.cvss(row);
      findings.add(new SecurityAssessmentRecords.Finding(number, findings.size() + 1, text(row, "title"),
          text(row, "ci"), cvss == null ? null : BigDecimal.valueOf(cvss), cvss == null ? text(row, "rating") : null,
          text(row, "exposure"), text(row, "description"), null, null, SecurityAssessmentRecords.OPEN, null, null,
          null, null, null, null));
    }
    String assessor = history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SecurityAssessmentIds.CARRY_OUT).finished().orderByHistoricTaskInstanceEndTime().desc()
        .list().stream().findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
    records.assessed(number, assessment.get(ASSESSMENT_SUMMARY), assessor, EngineClock.now(), findings);
    assessment.set(FINDING_NOS, findings.stream().map(f -> Integer.toString(f.findingNo())).toList())
        .set(FINDINGS_FOUND, !findings.isEmpty());
  }

  static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
