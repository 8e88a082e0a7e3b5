package io.opsflow.incident;

import io.opsflow.ProcessSteps;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * {@link ProcessSteps} for an incident known by its number (its business key), as the API and
 * alert tests know it: where it runs, its due jobs, its task at a key.
 */
public final class IncidentSteps {

  private final ProcessSteps steps;
  private final RuntimeService runtime;
  private final TaskService tasks;

  public IncidentSteps(ProcessEngine engine) {
    this.steps = new ProcessSteps(engine);
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
  }

  /** The id of the incident's running process instance. */
  public String instanceOf(String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  /** Runs the incident's jobs that are due. */
  public void runJobs(String number) {
    steps.runJobs(instanceOf(number));
  }

  /** The incident's open task at that key, or null. */
  public Task task(String number, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
  }

  /** Completes the incident's task at that key with the variables, then runs the jobs it leaves due. */
  public void complete(String number, String taskKey, Object... namesAndValues) {
    steps.complete(instanceOf(number), taskKey, namesAndValues);
  }
}
