package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementIds.*;
import static io.opsflow.requirement.RequirementVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.ProcessSteps;
import io.opsflow.platform.process.Variable;
import io.opsflow.release.ReleaseIds;
import io.opsflow.release.ReleaseVariables;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The requirement's people as the tests drive them through the engine: the requester raises it,
 * the requirements administrator screens it, the project manager assesses it, the dev lead designs
 * and plans it, developers report and testers test, and
 * release management's people release it. The browser walk, the API test and the path tests share
 * these steps; they stand on {@link ProcessSteps}.
 */
final class RequirementSteps {

  /** Where the team works: the business calendar's zone. */
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  final ProcessSteps steps;
  private final ProcessEngine engine;
  private final TaskService tasks;

  RequirementSteps(ProcessEngine engine) {
    this.engine = engine;
    this.steps = new ProcessSteps(engine);
    this.tasks = engine.getTaskService();
  }

  /** A requirement: its process instance and its number. */
  record Requirement(String processInstanceId, String number) {
  }

  /** The day so many days from today, where the team works, as a form gives it: "2026-08-01". */
  static String inDays(int days) {
    return LocalDate.now(ZONE).plusDays(days).toString();
  }

  /**
   * The requester raises a requirement, as the start form does (medium urgency, a feature, expected
   * in 30 days), and the requirements administrator screens it, confirming the proposed priority.
   */
  Requirement raise(String title, String system) {
    Requirement requirement = register(title, system);
    screen(requirement);
    return requirement;
  }

  /** The requirements administrator confirms the priority the decision proposed. */
  void screen(Requirement requirement) {
    complete(requirement, SCREEN, PRIORITY_CONFIRMED, true);
  }

  /** The requester raises a requirement; it waits for the requirements administrator's screening. */
  Requirement register(String title, String system) {
    Map<String, Object> variables = ProcessSteps.vars(TITLE, title, CONTENT, "As a user I want: " + title,
        URGENCY, "medium", REQUIREMENT_TYPE, "feature", EXPECTED_DATE, inDays(30));
    if (system != null) {
      SYSTEM.put(variables, system);
    }
    ProcessInstance instance = steps.as("requester",
        () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables));
    return new Requirement(instance.getId(), steps.variable(instance.getId(), REQUIREMENT_NUMBER));
  }

  /** The project manager finds it feasible and names the dev lead. */
  void assess(Requirement requirement) {
    complete(requirement, ASSESS, FEASIBLE, true, FEASIBILITY, "Feasible with the current stack",
        BREAKDOWN, "Back end, front end", EFFORT_DAYS, 8, OVERALL_PLAN, "Two sprints", TARGET_DATE, inDays(25),
        DEV_LEAD, "dev-lead");
  }

  /** Assessed, the scope confirmed by the requester: the dev lead's plan is next. */
  void assessAndConfirm(Requirement requirement) {
    assess(requirement);
    complete(requirement, CONFIRM_SCOPE, SCOPE_CONFIRMED, true);
  }

  /** Assessed, confirmed and technically designed: the dev lead's plan is next. */
  void assessAndDesign(Requirement requirement) {
    assessAndConfirm(requirement);
    complete(requirement, DESIGN, TECHNICAL_DESIGN, "REST endpoint behind the gateway; no schema change");
  }

  /** Assessed, confirmed, designed and planned with the tasks (the plan as Tasklist submits it: Json). */
  void assessAndPlan(Requirement requirement, String devTasks) {
    assessAndDesign(requirement);
    complete(requirement, PLAN, DEV_TASKS, SpinValues.jsonValue(devTasks).create());
  }

  /** The requirements administrator organises the acceptance test with the requester; it met the requirement. */
  void acceptanceTested(Requirement requirement) {
    complete(requirement, ORGANISE_ACCEPTANCE_TEST, ACCEPTANCE_TEST_PARTICIPANTS, "requester, requirements-admin",
        ACCEPTANCE_TEST_RESULT, "Works as asked in production; fully met");
  }

  /** A variable as the task sees it (its branch's own, or the process's), read as the accessor reads it. */
  <T> T variable(Task task, Variable<T> variable) {
    return variable.from(tasks.getVariables(task.getId()));
  }

  /** The developer's progress report task, or null. */
  Task progressTask(Requirement requirement, String developer) {
    return assignedTask(requirement, REPORT_PROGRESS, developer);
  }

  /** The tester's test task, or null. */
  Task testTask(Requirement requirement, String tester) {
    return assignedTask(requirement, TEST_TASK, tester);
  }

  void report(Requirement requirement, String developer, int progress, String note) {
    Task task = progressTask(requirement, developer);
    assertThat(task).as(developer + " reports progress").isNotNull();
    completeTask(requirement, task, PROGRESS, progress, PROGRESS_NOTE, note);
  }

  /** The tester passes the task, or fails it with a bug of that severity. */
  void test(Requirement requirement, String tester, boolean passed, String bug, String severity) {
    Task task = testTask(requirement, tester);
    assertThat(task).as(tester + " tests").isNotNull();
    if (passed) {
      completeTask(requirement, task, TEST_PASSED, true, TEST_NOTES, "Checked");
    } else {
      completeTask(requirement, task, TEST_PASSED, false, BUG_DESCRIPTION, bug, BUG_SEVERITY, severity);
    }
  }

  void developAndTest(Requirement requirement, String developer, String tester) {
    report(requirement, developer, 100, "Done");
    test(requirement, tester, true, null, null);
  }

  /**
   * Drives the called release up to its review, as release management's people do: planned,
   * prepared by the dev leads (the release team the requirement names), tested and deployed; then
   * either watched without incident, or left at the rollback decision for the caller to drive.
   *
   * @return the release's process instance
   */
  String release(Requirement requirement, boolean incidentExpected) {
    ProcessInstance release = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(requirement.processInstanceId()).singleResult();
    assertThat(release).as("the production release is called").isNotNull();
    assertThat(release.getProcessDefinitionId()).startsWith(ReleaseIds.PROCESS + ":");
    String id = release.getId();
    steps.complete(id, ReleaseIds.PLAN, ReleaseVariables.VERSION, "1.0", ReleaseVariables.PLANNED_DEPLOYMENT.name(), "2026-12-05T22:00+08:00",
        ReleaseVariables.WATCH_PERIOD, "PT1H", ReleaseVariables.ROLLBACK_PLAN, "Redeploy the previous version");
    assertThat(steps.candidateGroups(steps.task(id, ReleaseIds.PREPARE))).containsExactly("dev-lead");
    steps.complete(id, ReleaseIds.PREPARE, ReleaseVariables.BUILD_NOTES, "Built");
    steps.complete(id, ReleaseIds.TEST, ReleaseVariables.TEST_PASSED, true);
    steps.complete(id, ReleaseIds.DEPLOY, ReleaseVariables.DEPLOYMENT_NOTES, "Live");
    if (!incidentExpected) {
      ProcessSteps.moveClock(Duration.ofHours(1).plusMinutes(1));
      steps.fireTimer(id, ReleaseIds.WATCH_PASSED);
    }
    return id;
  }

  /** Release management reviews the release; the requirement goes on. */
  void releaseReviewed(Requirement requirement, String release) {
    steps.complete(release, ReleaseIds.REVIEW, ReleaseVariables.REVIEW_SUMMARY, "Reviewed");
    steps.runJobs(requirement.processInstanceId());
  }

  /** The requirement's one open task at that key. */
  Task task(Requirement requirement, String taskKey) {
    return steps.task(requirement.processInstanceId(), taskKey);
  }

  /** Completes the requirement's task at that key with the variables, and runs the jobs it leaves due. */
  void complete(Requirement requirement, String taskKey, Object... namesAndValues) {
    steps.complete(requirement.processInstanceId(), taskKey, namesAndValues);
  }

  void fireTimer(Requirement requirement, String eventId) {
    steps.fireTimer(requirement.processInstanceId(), eventId);
  }

  void assertEnded(Requirement requirement, String endEventId) {
    assertThat(steps.endedAt(requirement.processInstanceId(), endEventId)).as("ended at " + endEventId).isTrue();
  }

  private Task assignedTask(Requirement requirement, String taskKey, String assignee) {
    return tasks.createTaskQuery().processInstanceId(requirement.processInstanceId()).taskDefinitionKey(taskKey)
        .taskAssignee(assignee).singleResult();
  }

  private void completeTask(Requirement requirement, Task task, Object... namesAndValues) {
    tasks.complete(task.getId(), ProcessSteps.vars(namesAndValues));
    steps.runJobs(requirement.processInstanceId());
  }
}
