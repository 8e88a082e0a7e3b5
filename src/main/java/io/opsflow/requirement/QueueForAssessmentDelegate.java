package io.opsflow.requirement;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Queue for assessment": records the priority the decision gave; the project managers assess next. */
@Component("queueForAssessment")
class QueueForAssessmentDelegate implements JavaDelegate {

  private final RequirementRecords records;

  QueueForAssessmentDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    records.prioritised(requirement.get(RequirementVariables.REQUIREMENT_NUMBER),
        requirement.get(RequirementVariables.PRIORITY), EngineClock.now());
  }
}
