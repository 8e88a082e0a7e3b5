package io.opsflow.requirement;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Record task tested": the task passed its functional test; its bugs are fixed and it may be released. */
@Component("recordTaskTested")
class RecordTaskTestedDelegate extends DevTaskDelegate {

  RecordTaskTestedDelegate(RequirementRecords records) {
    super(records);
  }

  @Override
  void execute(RequirementVariables branch, String number, RequirementRecords.DevTask task) {
    records.tested(task.id(), EngineClock.now());
    records.event(number, "TASK_TESTED", task.name(), EngineClock.now());
  }
}
