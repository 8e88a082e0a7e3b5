package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import io.opsflow.incident.IncidentIds;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Page person" (OnCallPaging): the incident's open tier task is assigned to the person paged,
 * and they are mailed.
 */
@Component("pagePerson")
record PagePersonDelegate(TaskService tasks, PagingMails mails) implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    Task task = tasks.createTaskQuery().processInstanceId(page.get(INCIDENT_INSTANCE_ID))
        .taskDefinitionKey(IncidentIds.RESOLVE_AT_TIER).singleResult();
    if (task != null) {
      tasks.setAssignee(task.getId(), page.get(PAGED_USER));
    }
    mails.page(page);
  }
}
