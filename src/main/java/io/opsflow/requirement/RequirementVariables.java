package io.opsflow.requirement;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The requirement process's variables: names (a contract) and typed access. A development
 * branch's own variables (devTask, developer, tester, progress, test result) are local to it.
 */
public final class RequirementVariables {

  // start (the contract)
  public static final String TITLE = "title";
  public static final String CONTENT = "content";
  public static final String SYSTEM = "system";
  public static final String URGENCY = "urgency";
  public static final String REQUIREMENT_TYPE = "requirementType";
  public static final String EXPECTED_DATE = "expectedDate";
  // set by the process
  public static final String REQUESTER = "requester";
  public static final String REQUIREMENT_NUMBER = "requirementNumber";
  public static final String SUMMARY = "summary";
  public static final String SYSTEM_CRITICALITY = "systemCriticality";
  public static final String PRIORITY = "priority";
  public static final String OVERDUE_AT = "overdueAt";
  public static final String PROGRESS_REMINDER_CYCLE = "progressReminderCycle";
  // assessment and scope
  public static final String FEASIBLE = "feasible";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String FEASIBILITY = "feasibility";
  public static final String BREAKDOWN = "breakdown";
  public static final String EFFORT_DAYS = "effortDays";
  public static final String OVERALL_PLAN = "overallPlan";
  public static final String TARGET_DATE = "targetDate";
  public static final String DEV_LEAD = "devLead";
  public static final String SCOPE_CONFIRMED = "scopeConfirmed";
  public static final String SCOPE_COMMENTS = "scopeComments";
  public static final String SCOPE_SEND_BACKS = "scopeSendBacks";
  // plan and development branches
  public static final String DEV_TASKS = "devTasks";
  public static final String PLANNED_TASKS = "plannedTasks";
  public static final String DEV_TASK = "devTask";
  public static final String DEVELOPER = "developer";
  public static final String TESTER = "tester";
  public static final String DEV_TASK_START = "devTaskStart";
  public static final String DEV_TASK_END = "devTaskEnd";
  public static final String OPEN_BUG = "openBug";
  public static final String PROGRESS = "progress";
  public static final String PROGRESS_NOTE = "progressNote";
  public static final String TEST_PASSED = "testPassed";
  public static final String TEST_NOTES = "testNotes";
  public static final String BUG_DESCRIPTION = "bugDescription";
  public static final String BUG_SEVERITY = "bugSeverity";
  // release application, delivery test, release
  public static final String FINISHED_TASKS = "finishedTasks";
  public static final String RELEASE_TASKS = "releaseTasks";
  public static final String DATABASE_CHANGES = "databaseChanges";
  public static final String FRONT_END_CHANGES = "frontEndChanges";
  public static final String BACK_END_CHANGES = "backEndChanges";
  public static final String ACCEPTED = "accepted";
  public static final String FINDINGS = "findings";
  public static final String RETURN_REASON = "returnReason";
  public static final String AFFECTED_CIS = "affectedCis";
  public static final String RELEASE_CONTENTS = "releaseContents";
  public static final String RELEASE_NUMBER = "releaseNumber";
  public static final String RELEASE_OUTCOME = "releaseOutcome";
  public static final String RELEASE_FEEDBACK = "releaseFeedback";
  // acceptance and review
  public static final String ACCEPTANCE_NOTES = "acceptanceNotes";
  public static final String REVIEW_EFFECT = "reviewEffect";
  public static final String REVIEW_PROBLEMS = "reviewProblems";
  public static final String REVIEW_IMPROVEMENTS = "reviewImprovements";

  private final VariableScope scope;

  private RequirementVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static RequirementVariables of(VariableScope scope) {
    return new RequirementVariables(scope);
  }

  public String requirementNumber() {
    return string(REQUIREMENT_NUMBER);
  }

  public String title() {
    return string(TITLE);
  }

  public String content() {
    return string(CONTENT);
  }

  public String system() {
    return string(SYSTEM);
  }

  public String urgency() {
    return string(URGENCY);
  }

  public String requirementType() {
    return string(REQUIREMENT_TYPE);
  }

  public Object expectedDate() {
    return scope.getVariable(EXPECTED_DATE);
  }

  public String requester() {
    return string(REQUESTER);
  }

  public String priority() {
    return string(PRIORITY);
  }

  public String devLead() {
    return string(DEV_LEAD);
  }

  public String devTask() {
    return string(DEV_TASK);
  }

  public String developer() {
    return string(DEVELOPER);
  }

  public String tester() {
    return string(TESTER);
  }

  public int scopeSendBacks() {
    return scope.getVariable(SCOPE_SEND_BACKS) instanceof Number n ? n.intValue() : 0;
  }

  public String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public Object value(String name) {
    return scope.getVariable(name);
  }

  public boolean flag(String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  /** A whole number, as a form's number field or a REST call gives it. */
  public Integer number(String name) {
    return scope.getVariable(name) instanceof Number n ? n.intValue() : null;
  }

  /** The task names chosen for release, however they were submitted (list, JSON array, text). */
  public List<String> releaseTasks() {
    return new ArrayList<>(RequirementValues.names(scope.getVariable(RELEASE_TASKS)));
  }

  public RequirementVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  /** Sets the variable in this scope only: a development branch's own state. */
  public RequirementVariables setLocal(String name, Object value) {
    scope.setVariableLocal(name, value);
    return this;
  }
}
