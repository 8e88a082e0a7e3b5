package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Archive requirement": the delivered requirement is closed with the requester's acceptance notes
 * and the process owner's review.
 */
@Component("archiveRequirement")
class ArchiveRequirementDelegate implements JavaDelegate {

  private final RequirementRecords records;

  ArchiveRequirementDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    records.archived(requirement.get(REQUIREMENT_NUMBER), requirement.get(ACCEPTANCE_NOTES),
        requirement.get(REVIEW_EFFECT), requirement.get(REVIEW_PROBLEMS), requirement.get(REVIEW_IMPROVEMENTS),
        EngineClock.now());
  }
}
