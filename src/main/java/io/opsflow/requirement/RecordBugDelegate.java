package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record bug": the failed test's bug goes on the task and back to its developer, whose form shows it. */
@Component("recordBug")
class RecordBugDelegate implements JavaDelegate {

  private final RequirementRecords records;

  RecordBugDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    String number = branch.requirementNumber();
    RequirementRecords.DevTask task = records.task(number, branch.devTask()).orElseThrow();
    String severity = branch.string(BUG_SEVERITY);
    String description = branch.string(BUG_DESCRIPTION);
    records.bug(task.id(), description, severity, branch.tester(), EngineClock.now());
    records.event(number, "BUG_RAISED", task.name() + " (" + severity + ")", EngineClock.now());
    branch.setLocal(OPEN_BUG, severity + ": " + description);
  }
}
