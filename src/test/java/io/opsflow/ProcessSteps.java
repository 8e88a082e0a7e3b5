package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.platform.process.Variable;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a process instance as its people and the (paused) job executor would: completes its tasks
 * by task key, fires its timers, moves the engine clock, and says where it waits.
 */
public final class ProcessSteps {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;

  public ProcessSteps(ProcessEngine engine) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
  }

  /** Does the work as that user, with the user's groups, as a call through Tasklist or REST would. */
  public <T> T as(String userId, Supplier<T> work) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * Variables from alternating names and values; a name is a family's {@link Variable} (its value
   * then stored as the process stores it: an Instant as a Date) or, for a name no accessor
   * declares (a form's field of another shape, a wrong value on purpose), the name's text.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static Map<String, Object> vars(Object... namesAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object name = namesAndValues[i];
      Object value = namesAndValues[i + 1];
      if (name instanceof Variable variable) {
        variables.put(variable.name(), value == null ? null : variable.stored(value));
      } else {
        variables.put((String) name, value);
      }
    }
    return variables;
  }

  /**
   * Starts the process before that activity, with the variables, and runs the jobs it leaves due:
   * a detour's test begins where the detour begins instead of replaying the whole start.
   */
  public String startBefore(String processKey, String businessKey, String activityId, Object... namesAndValues) {
    String id = runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).startBeforeActivity(activityId)
        .setVariables(vars(namesAndValues)).execute().getId();
    runJobs(id);
    return id;
  }

  /** The one open task of the instance at that task key. */
  public Task task(String processInstanceId, String taskKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    assertThat(open).as("tasks waiting at " + taskKey).hasSize(1);
    return open.get(0);
  }

  /** The open tasks of the instance (a sub-process's included when its id is given instead). */
  public List<Task> tasks(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
  }

  /** Completes the task at that key with the variables, then runs the jobs it leaves due. */
  public void complete(String processInstanceId, String taskKey, Object... namesAndValues) {
    tasks.complete(task(processInstanceId, taskKey).getId(), vars(namesAndValues));
    runJobs(processInstanceId);
  }

  public List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull).toList();
  }

  public void runJobs(String processInstanceId) {
    Jobs.runDue(management, processInstanceId);
  }

  /** Executes the instance's timer at that event, due or not, and what follows it. */
  public void fireTimer(String processInstanceId, String eventId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(eventId)
        .singleResult();
    assertThat(timer).as("timer " + eventId).isNotNull();
    management.executeJob(timer.getId());
    runJobs(processInstanceId);
  }

  /** The due date of the instance's timer at that event. */
  public Date timerDue(String processInstanceId, String eventId) {
    Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(eventId)
        .singleResult();
    assertThat(timer).as("timer " + eventId).isNotNull();
    return timer.getDuedate();
  }

  public static void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  public List<String> waitingAt(String processInstanceId) {
    return runtime.getActiveActivityIds(processInstanceId);
  }

  public Object variable(String processInstanceId, String name) {
    return runtime.getVariable(processInstanceId, name);
  }

  /** A variable of the running instance, read as its family's accessor reads it. */
  public <T> T variable(String processInstanceId, Variable<T> variable) {
    return variable.from(runtime.getVariables(processInstanceId));
  }

  /** A variable's last value in history, read as its family's accessor reads it. */
  public <T> T historicVariable(String processInstanceId, Variable<T> variable) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put(variable.name(), historicVariable(processInstanceId, variable.name()));
    return variable.from(values);
  }

  /** Whether the instance has ended at that end event. */
  public boolean endedAt(String processInstanceId, String endEventId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
        && history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(endEventId)
            .finished().count() == 1;
  }

  /** A variable's last value in history (also of an ended instance). */
  public Object historicVariable(String processInstanceId, String name) {
    var variable = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }
}
