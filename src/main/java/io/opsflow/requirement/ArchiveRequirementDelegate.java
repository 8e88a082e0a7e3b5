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
    records.archived(requirement.requirementNumber(), requirement.string(ACCEPTANCE_NOTES),
        requirement.string(REVIEW_EFFECT), requirement.string(REVIEW_PROBLEMS), requirement.string(REVIEW_IMPROVEMENTS),
        EngineClock.now());
  }
}
