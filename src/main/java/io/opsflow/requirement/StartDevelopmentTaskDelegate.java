package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start development task": takes the branch's task from the plan and keeps its state local to the
 * branch (developer, tester, dates, open bug, progress, test result), so that parallel branches
 * never read or overwrite each other's values.
 */
@Component("startDevelopmentTask")
class StartDevelopmentTaskDelegate implements JavaDelegate {

  private final RequirementRecords records;

  StartDevelopmentTaskDelegate(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables branch = RequirementVariables.of(execution);
    RequirementRecords.DevTask task = records.task(branch.requirementNumber(), branch.devTask())
        .orElseThrow(() -> new IllegalStateException("no development task " + branch.devTask()));
    branch.setLocal(DEVELOPER, task.developer())
        .setLocal(TESTER, task.tester())
        .setLocal(DEV_TASK_START, task.start().toString())
        .setLocal(DEV_TASK_END, task.end().toString())
        .setLocal(OPEN_BUG, records.openBug(task.id()))
        .setLocal(PROGRESS, task.progress())
        .setLocal(PROGRESS_NOTE, null)
        .setLocal(TEST_PASSED, null)
        .setLocal(TEST_NOTES, null)
        .setLocal(BUG_DESCRIPTION, null)
        .setLocal(BUG_SEVERITY, null);
    records.taskStatus(task.id(), "IN_DEVELOPMENT", EngineClock.now());
  }
}
