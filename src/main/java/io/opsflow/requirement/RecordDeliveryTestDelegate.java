package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record delivery test": keeps the requester's verdict and findings on the release attempt. */
@Component("recordDeliveryTest")
class RecordDeliveryTestDelegate implements JavaDelegate {

  private final RequirementRecords records;

  RecordDeliveryTestDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    records.deliveryTested(requirement.get(REQUIREMENT_NUMBER), requirement.get(ACCEPTED), requirement.get(FINDINGS),
        EngineClock.now());
  }
}
