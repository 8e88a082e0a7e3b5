package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Return scope to assessment": the requester sent the assessed scope back (once) with comments. */
@Component("returnScopeToAssessment")
class ReturnScopeToAssessmentDelegate implements JavaDelegate {

  private final RequirementRecords records;
  private final RequirementCalendar calendar;

  ReturnScopeToAssessmentDelegate(RequirementRecords records, RequirementCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    String number = requirement.get(REQUIREMENT_NUMBER);
    records.assessed(number, requirement.assessment(calendar.zone()));
    records.event(number, "SCOPE_SENT_BACK", requirement.get(SCOPE_COMMENTS), EngineClock.now());
    requirement.set(SCOPE_SEND_BACKS, requirement.get(SCOPE_SEND_BACKS) + 1);
  }
}
