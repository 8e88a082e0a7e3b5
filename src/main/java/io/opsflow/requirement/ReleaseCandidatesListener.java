package io.opsflow.requirement;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On "Apply for release": offers the requester the tasks that passed their test and are not yet
 * released ({@code finishedTasks}, the options of the form's checklist).
 */
@Component("releaseCandidates")
class ReleaseCandidatesListener implements TaskListener {

  private final RequirementRecords records;

  ReleaseCandidatesListener(RequirementRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    RequirementVariables requirement = RequirementVariables.of(task.getExecution());
    requirement.set(RequirementVariables.FINISHED_TASKS,
        new ArrayList<>(records.testedTasks(requirement.get(RequirementVariables.REQUIREMENT_NUMBER))));
  }
}
