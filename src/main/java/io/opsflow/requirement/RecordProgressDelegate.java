package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record progress": keeps the developer's report on the requirement; 100 % sends the task to its tester. */
@Component("recordProgress")
class RecordProgressDelegate implements JavaDelegate {

  private final RequirementRecords records;

  RecordProgressDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    String number = branch.requirementNumber();
    RequirementRecords.DevTask task = records.task(number, branch.devTask()).orElseThrow();
    int progress = branch.number(PROGRESS);
    records.progress(task.id(), progress, branch.string(PROGRESS_NOTE), EngineClock.now());
    if (progress >= 100) {
      records.event(number, "READY_FOR_TEST", task.name() + " → " + task.tester(), EngineClock.now());
    }
  }
}
