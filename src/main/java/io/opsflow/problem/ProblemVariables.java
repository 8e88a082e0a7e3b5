package io.opsflow.problem;

import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The problem process's variables: names (a contract) and typed access. */
public final class ProblemVariables extends ProcessVariables<ProblemVariables> {

  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> DESCRIPTION = Variable.text("description");
  public static final Variable<String> CATEGORY = Variable.text("category");
  public static final Variable<String> AFFECTED_CI = Variable.text("affectedCi");
  /**
   * The incidents the problem explains: a list (a caller, the API), or one text of numbers
   * separated by commas (the start form, and what the registration leaves for the record form).
   * Read through {@link #incidentNumbers()}.
   */
  public static final Variable<Object> INCIDENT_NUMBERS = Variable.value("incidentNumbers", Object.class);
  /** The incident that raised the problem (message start), if any. */
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  public static final Variable<String> IMPACT = Variable.text("impact");
  public static final Variable<String> URGENCY = Variable.text("urgency");
  /** The user who reported the problem to the service desk (用户报告问题), if a user did; told the outcome. */
  public static final Variable<String> REPORTER = Variable.optionalText("reporter");
  public static final Variable<String> PROBLEM_NUMBER = Variable.text("problemNumber");
  public static final Variable<String> OPEN_PROBLEM = Variable.text("openProblem");
  public static final Variable<String> PRIORITY = Variable.text("priority");
  public static final Variable<String> INVESTIGATION_GROUP = Variable.text("investigationGroup");
  public static final Variable<String> ROOT_CAUSE = Variable.text("rootCause");
  public static final Variable<String> WORKAROUND = Variable.text("workaround");
  public static final Variable<Long> KNOWN_ERROR_ARTICLE = Variable.longNumber("knownErrorArticle");
  public static final Variable<String> FIX_DESCRIPTION = Variable.text("fixDescription");
  public static final Variable<Boolean> CHANGE_NEEDED = Variable.flag("changeNeeded");
  public static final Variable<String> FIX_APPLIED_NOTES = Variable.optionalText("fixAppliedNotes");
  public static final Variable<Boolean> CHANGE_SUCCESSFUL = Variable.flag("changeSuccessful");
  /** The number of the change asked for last: only its ChangeCompleted is heard. */
  public static final Variable<String> REQUESTED_CHANGE = Variable.text("requestedChange");
  /** How many times the problem manager was reminded of the change. */
  public static final Variable<Integer> CHANGE_REMINDERS = Variable.count("changeReminders");
  public static final Variable<String> VERIFICATION_WINDOW = Variable.text("verificationWindow");
  /** The problem manager's answer after the window: the fix worked (true) or not (false, null before). */
  public static final Variable<Boolean> FIX_VERIFIED = Variable.optionalFlag("fixVerified");
  /** What shows the fix worked (monitoring, incident trend, user feedback); required when confirming. */
  public static final Variable<String> VERIFICATION_EVIDENCE = Variable.optionalText("verificationEvidence");
  /** Why the fix did not work; required when not confirming. */
  public static final Variable<String> NOT_VERIFIED_REASON = Variable.optionalText("notVerifiedReason");
  public static final Variable<String> CHANGE_REMINDER_AFTER = Variable.text("changeReminderAfter");

  /** The variables a start may carry (the process's contract). */
  public static final Set<String> START = Variable.names(SUMMARY, DESCRIPTION, CATEGORY,
      AFFECTED_CI, INCIDENT_NUMBERS, IMPACT, URGENCY, REPORTER);

  private ProblemVariables(VariableScope scope) {
    super(scope);
  }

  public static ProblemVariables of(VariableScope scope) {
    return new ProblemVariables(scope);
  }

  /**
   * The linked incident numbers, given as a list or as one comma-separated text (start form; of
   * what a person typed only incident numbers count), with the raising incident.
   */
  public List<String> incidentNumbers() {
    List<String> numbers = new ArrayList<>();
    Object value = get(INCIDENT_NUMBERS);
    if (value instanceof Collection<?> list) {
      list.forEach(n -> numbers.add(String.valueOf(n).strip()));
    } else if (value instanceof String text) {
      Inputs.ids(text).stream().filter(ProblemInput::isIncidentNumber).forEach(numbers::add);
    }
    String raising = get(INCIDENT_NUMBER);
    if (raising != null && !numbers.contains(raising)) {
      numbers.add(raising);
    }
    numbers.removeIf(String::isBlank);
    return numbers;
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<ProblemVariables> {

    @Override
    default ProblemVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
