package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Record progress": keeps the developer's report on the requirement; 100 % sends the task to its tester. */
@Component("recordProgress")
class RecordProgressDelegate extends DevTaskDelegate {

  RecordProgressDelegate(RequirementRecords records) {
    super(records);
  }

  @Override
  void execute(RequirementVariables branch, String number, RequirementRecords.DevTask task) {
    int progress = branch.get(PROGRESS);
    records.progress(task.id(), progress, branch.get(PROGRESS_NOTE), EngineClock.now());
    if (progress >= 100) {
      records.event(number, "READY_FOR_TEST", task.name() + " → " + task.tester(), EngineClock.now());
    }
  }
}
