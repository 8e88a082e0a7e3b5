package io.opsflow.oncall;

import static io.opsflow.oncall.PagingVariables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * "Page person" (OnCallPaging): the incident's first tier task is assigned to the person paged,
 * and they are mailed. A task taken meanwhile (completed, or claimed by anyone but a person this page
 * gave it to) is left to whoever took it, and nobody is paged.
 */
@Component("pagePerson")
record PagePersonDelegate(TaskService tasks, PagingMails mails) implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    Task task = tasks.createTaskQuery().taskId(page.get(TIER_TASK_ID)).singleResult();
    String holder = task == null ? null : task.getAssignee();
    // a holder this page's earlier rounds gave the task to is paged on; anyone else took it themselves
    if (task == null || holder != null && !page.get(PAGE_LIST).subList(0, page.get(PAGE_ROUND)).contains(holder)) {
      page.set(TAKEN, true).set(ACKNOWLEDGED_BY, holder);
      return;
    }
    tasks.setAssignee(task.getId(), page.get(PAGED_USER));
    mails.page(page);
    page.set(TAKEN, false);
  }
}
