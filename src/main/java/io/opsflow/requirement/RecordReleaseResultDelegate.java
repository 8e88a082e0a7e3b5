package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record release result": keeps the production release's number and outcome (released or
 * rolled-back) with the dev lead's feedback on the release attempt; released tasks are released.
 */
@Component("recordReleaseResult")
class RecordReleaseResultDelegate implements JavaDelegate {

  private final RequirementRecords records;

  RecordReleaseResultDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    records.releaseResult(requirement.get(REQUIREMENT_NUMBER), requirement.get(RELEASE_NUMBER),
        requirement.get(RELEASE_OUTCOME), requirement.get(RELEASE_FEEDBACK), EngineClock.now());
  }
}
