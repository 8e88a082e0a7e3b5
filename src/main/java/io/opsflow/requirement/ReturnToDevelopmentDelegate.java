package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Return to development": the tasks of the last release application go back to their
 * developers, with the reason (the delivery test's findings, or the dev lead's feedback on a
 * rolled-back release) shown on their progress form. Only those tasks run again.
 */
@Component("returnToDevelopment")
class ReturnToDevelopmentDelegate implements JavaDelegate {

  private final RequirementRecords records;

  ReturnToDevelopmentDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    String reason = requirement.get(ACCEPTED)
        ? "Release " + requirement.get(RELEASE_NUMBER) + " was rolled back: " + requirement.get(RELEASE_FEEDBACK)
        : "Delivery test failed: " + requirement.get(FINDINGS);
    List<String> tasks = records.returnedToDevelopment(requirement.get(REQUIREMENT_NUMBER), reason, EngineClock.now());
    requirement.set(RETURN_REASON, reason).set(PLANNED_TASKS, new ArrayList<>(tasks));
  }
}
