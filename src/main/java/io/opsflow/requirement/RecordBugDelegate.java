package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/** "Record bug": the failed test's bug goes on the task and back to its developer, whose form shows it. */
@Component("recordBug")
class RecordBugDelegate extends DevTaskDelegate {

  RecordBugDelegate(RequirementRecords records) {
    super(records);
  }

  @Override
  void execute(RequirementVariables branch, String number, RequirementRecords.DevTask task) {
    String severity = branch.get(BUG_SEVERITY);
    String description = branch.get(BUG_DESCRIPTION);
    records.bug(task.id(), description, severity, branch.get(TESTER), EngineClock.now());
    records.event(number, "BUG_RAISED", task.name() + " (" + severity + ")", EngineClock.now());
    branch.setLocal(OPEN_BUG, severity + ": " + description);
  }
}
