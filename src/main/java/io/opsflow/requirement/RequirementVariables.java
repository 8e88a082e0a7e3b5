package io.opsflow.requirement;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The requirement process's variables: names (a contract forms, the model, the priority decision
 * and REST clients use) and typed access. A development branch's own variables (devTask,
 * developer, tester, progress, test result) are local to it.
 */
public final class RequirementVariables extends ProcessVariables<RequirementVariables> {

  // start (the contract)
  public static final Variable<String> TITLE = Variable.text("title");
  public static final Variable<String> CONTENT = Variable.text("content");
  public static final Variable<String> SYSTEM = Variable.text("system");
  public static final Variable<String> URGENCY = Variable.text("urgency");
  public static final Variable<String> REQUIREMENT_TYPE = Variable.text("requirementType");
  /** A day: "2026-08-01" from the start form and the API, or a date from {@code /engine-rest}. */
  public static final Variable<Object> EXPECTED_DATE = Variable.value("expectedDate", Object.class);
  // set by the process
  public static final Variable<String> REQUESTER = Variable.text("requester");
  public static final Variable<String> REQUIREMENT_NUMBER = Variable.text("requirementNumber");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> SYSTEM_CRITICALITY = Variable.text("systemCriticality");
  public static final Variable<String> PRIORITY = Variable.text("priority");
  // screening by the requirements administrator
  /** The administrator confirms the priority the decision proposed (true) or corrects it (false). */
  public static final Variable<Boolean> PRIORITY_CONFIRMED = Variable.optionalFlag("priorityConfirmed");
  public static final Variable<String> CORRECTED_PRIORITY = Variable.optionalText("correctedPriority");
  public static final Variable<String> SCREENING_NOTE = Variable.optionalText("screeningNote");
  public static final Variable<Instant> OVERDUE_AT = Variable.time("overdueAt");
  public static final Variable<String> PROGRESS_REMINDER_CYCLE = Variable.text("progressReminderCycle");
  // assessment and scope
  public static final Variable<Boolean> FEASIBLE = Variable.flag("feasible");
  public static final Variable<String> REJECTION_REASON = Variable.text("rejectionReason");
  public static final Variable<String> FEASIBILITY = Variable.text("feasibility");
  public static final Variable<String> BREAKDOWN = Variable.text("breakdown");
  public static final Variable<Integer> EFFORT_DAYS = Variable.number("effortDays");
  public static final Variable<String> OVERALL_PLAN = Variable.text("overallPlan");
  /** A day, as {@link #EXPECTED_DATE}. */
  public static final Variable<Object> TARGET_DATE = Variable.value("targetDate", Object.class);
  public static final Variable<String> DEV_LEAD = Variable.text("devLead");
  public static final Variable<Boolean> SCOPE_CONFIRMED = Variable.flag("scopeConfirmed");
  public static final Variable<String> SCOPE_COMMENTS = Variable.text("scopeComments");
  public static final Variable<Integer> SCOPE_SEND_BACKS = Variable.count("scopeSendBacks");
  // technical design, plan and development branches
  public static final Variable<String> TECHNICAL_DESIGN = Variable.text("technicalDesign");
  /** The dev lead's plan: a Json list of tasks (Tasklist, REST) or text, a task a line. */
  public static final Variable<Object> DEV_TASKS = Variable.value("devTasks", Object.class);
  /** The task names the development branches run over (a java list: a multi-instance iterates it). */
  public static final Variable<List<String>> PLANNED_TASKS = Variable.textList("plannedTasks");
  public static final Variable<String> DEV_TASK = Variable.text("devTask");
  public static final Variable<String> DEVELOPER = Variable.text("developer");
  public static final Variable<String> TESTER = Variable.text("tester");
  public static final Variable<String> DEV_TASK_START = Variable.text("devTaskStart");
  public static final Variable<String> DEV_TASK_END = Variable.text("devTaskEnd");
  public static final Variable<String> OPEN_BUG = Variable.text("openBug");
  public static final Variable<Integer> PROGRESS = Variable.number("progress");
  public static final Variable<String> PROGRESS_NOTE = Variable.text("progressNote");
  public static final Variable<Boolean> TEST_PASSED = Variable.optionalFlag("testPassed");
  public static final Variable<String> TEST_NOTES = Variable.text("testNotes");
  public static final Variable<String> BUG_DESCRIPTION = Variable.text("bugDescription");
  public static final Variable<String> BUG_SEVERITY = Variable.text("bugSeverity");
  // release application, delivery test, release
  /** The tested tasks the requester may choose for release (the options of the form's checklist). */
  public static final Variable<List<String>> FINISHED_TASKS = Variable.textList("finishedTasks");
  /** The tasks chosen for release; read with {@link #releaseTasks()}. */
  public static final Variable<Object> RELEASE_TASKS = Variable.value("releaseTasks", Object.class);
  public static final Variable<String> DATABASE_CHANGES = Variable.text("databaseChanges");
  public static final Variable<String> FRONT_END_CHANGES = Variable.text("frontEndChanges");
  public static final Variable<String> BACK_END_CHANGES = Variable.text("backEndChanges");
  public static final Variable<Boolean> ACCEPTED = Variable.flag("accepted");
  public static final Variable<String> FINDINGS = Variable.text("findings");
  public static final Variable<String> RETURN_REASON = Variable.text("returnReason");
  public static final Variable<List<String>> AFFECTED_CIS = Variable.textList("affectedCis");
  public static final Variable<String> RELEASE_CONTENTS = Variable.text("releaseContents");
  public static final Variable<String> RELEASE_NUMBER = Variable.text("releaseNumber");
  public static final Variable<String> RELEASE_OUTCOME = Variable.text("releaseOutcome");
  public static final Variable<String> RELEASE_FEEDBACK = Variable.text("releaseFeedback");
  // acceptance test, acceptance and review
  public static final Variable<String> ACCEPTANCE_TEST_PARTICIPANTS = Variable.text("acceptanceTestParticipants");
  public static final Variable<String> ACCEPTANCE_TEST_RESULT = Variable.text("acceptanceTestResult");
  public static final Variable<String> ACCEPTANCE_NOTES = Variable.text("acceptanceNotes");
  public static final Variable<String> REVIEW_EFFECT = Variable.text("reviewEffect");
  public static final Variable<String> REVIEW_PROBLEMS = Variable.text("reviewProblems");
  public static final Variable<String> REVIEW_IMPROVEMENTS = Variable.text("reviewImprovements");

  /** The variables a start may carry. */
  public static final Set<String> START = Variable.names(TITLE, CONTENT, SYSTEM, URGENCY,
      REQUIREMENT_TYPE, EXPECTED_DATE);

  private RequirementVariables(VariableScope scope) {
    super(scope);
  }

  public static RequirementVariables of(VariableScope scope) {
    return new RequirementVariables(scope);
  }

  /** The day the requirement is expected, in the team's zone; null when absent. */
  public LocalDate expectedDate(ZoneId zone) {
    return RequirementValues.date(get(EXPECTED_DATE), zone);
  }

  /** The task names chosen for release, however they were submitted (list, JSON array, text). */
  public List<String> releaseTasks() {
    return new ArrayList<>(RequirementValues.taskNames(Collections.singletonMap(RELEASE_TASKS.name(), get(RELEASE_TASKS)),
        RELEASE_TASKS.name()));
  }

  /** The project manager's assessment, as the ticket keeps it. */
  RequirementRecords.Assessment assessment(ZoneId zone) {
    return new RequirementRecords.Assessment(get(FEASIBILITY), get(BREAKDOWN), get(EFFORT_DAYS), get(OVERALL_PLAN),
        RequirementValues.date(get(TARGET_DATE), zone), get(DEV_LEAD));
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<RequirementVariables> {

    @Override
    default RequirementVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
