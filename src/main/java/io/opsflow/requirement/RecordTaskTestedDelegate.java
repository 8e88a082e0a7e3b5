package io.opsflow.requirement;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record task tested": the task passed its functional test; its bugs are fixed and it may be released. */
@Component("recordTaskTested")
class RecordTaskTestedDelegate implements JavaDelegate {

  private final RequirementRecords records;

  RecordTaskTestedDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    String number = branch.requirementNumber();
    RequirementRecords.DevTask task = records.task(number, branch.devTask()).orElseThrow();
    records.tested(task.id(), EngineClock.now());
    records.event(number, "TASK_TESTED", task.name(), EngineClock.now());
  }
}
