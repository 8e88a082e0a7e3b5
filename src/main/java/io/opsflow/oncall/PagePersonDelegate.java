package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Page person" (OnCallPaging): the person paged becomes a candidate user of the incident's first
 * tier task (so it is in their Tasklist, and claiming it acknowledges the page), the person paged
 * before is no longer one, and they are mailed. A task taken meanwhile (completed, or claimed by
 * anyone) is left to whoever took it, and nobody is paged.
 */
@Component("pagePerson")
record PagePersonDelegate(TaskService tasks, PagingMails mails) implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    Task task = tasks.createTaskQuery().taskId(page.get(TIER_TASK_ID)).singleResult();
    String holder = task == null ? null : task.getAssignee();
    // the page never assigns the task: whoever holds it took it themselves (and is never dispossessed)
    if (task == null || holder != null) {
      page.set(TAKEN, true).set(ACKNOWLEDGED_BY, holder);
      return;
    }
    for (String earlier : page.get(PAGE_LIST).subList(0, page.get(PAGE_ROUND))) {
      tasks.deleteCandidateUser(task.getId(), earlier);
    }
    tasks.addCandidateUser(task.getId(), page.get(PAGED_USER));
    mails.page(page);
    page.set(TAKEN, false);
  }
}
