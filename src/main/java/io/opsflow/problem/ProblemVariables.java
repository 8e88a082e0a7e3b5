package io.opsflow.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The problem process's variables: names (a contract) and typed access. */
public final class ProblemVariables {

  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String CATEGORY = "category";
  public static final String AFFECTED_CI = "affectedCi";
  public static final String INCIDENT_NUMBERS = "incidentNumbers";
  public static final String INCIDENT_NUMBER = "incidentNumber";
  public static final String IMPACT = "impact";
  public static final String URGENCY = "urgency";
  public static final String PROBLEM_NUMBER = "problemNumber";
  public static final String OPEN_PROBLEM = "openProblem";
  public static final String PRIORITY = "priority";
  public static final String INVESTIGATION_GROUP = "investigationGroup";
  public static final String ROOT_CAUSE = "rootCause";
  public static final String WORKAROUND = "workaround";
  public static final String KNOWN_ERROR_ARTICLE = "knownErrorArticle";
  public static final String FIX_DESCRIPTION = "fixDescription";
  public static final String CHANGE_NEEDED = "changeNeeded";
  public static final String CHANGE_SUCCESSFUL = "changeSuccessful";
  /** The number of the change asked for last: only its ChangeCompleted is heard. */
  public static final String REQUESTED_CHANGE = "requestedChange";
  public static final String VERIFICATION_WINDOW = "verificationWindow";
  public static final String CHANGE_REMINDER_AFTER = "changeReminderAfter";

  private final VariableScope scope;

  private ProblemVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static ProblemVariables of(VariableScope scope) {
    return new ProblemVariables(scope);
  }

  public String problemNumber() {
    return string(PROBLEM_NUMBER);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public String description() {
    return string(DESCRIPTION);
  }

  public String category() {
    return string(CATEGORY);
  }

  public String affectedCi() {
    return string(AFFECTED_CI);
  }

  public String impact() {
    return string(IMPACT);
  }

  public String urgency() {
    return string(URGENCY);
  }

  public String priority() {
    return string(PRIORITY);
  }

  public String investigationGroup() {
    return string(INVESTIGATION_GROUP);
  }

  public String rootCause() {
    return string(ROOT_CAUSE);
  }

  public String workaround() {
    return string(WORKAROUND);
  }

  public String fixDescription() {
    return string(FIX_DESCRIPTION);
  }

  public String openProblem() {
    return string(OPEN_PROBLEM);
  }

  /** The incident that raised the problem (message start), if any. */
  public String raisingIncident() {
    return string(INCIDENT_NUMBER);
  }

  /** The linked incident numbers, given as a list or as one comma-separated text (start form). */
  public List<String> incidentNumbers() {
    List<String> numbers = new ArrayList<>();
    Object value = scope.getVariable(INCIDENT_NUMBERS);
    if (value instanceof Collection<?> list) {
      list.forEach(n -> numbers.add(String.valueOf(n).strip()));
    } else if (value instanceof String text && !text.isBlank()) {
      for (String n : text.split("[,;\\s]+")) {
        if (n.matches("INC-[0-9A-Z-]+")) { // what a person typed: only incident numbers count
          numbers.add(n);
        }
      }
    }
    if (raisingIncident() != null && !numbers.contains(raisingIncident())) {
      numbers.add(raisingIncident());
    }
    numbers.removeIf(String::isBlank);
    return numbers;
  }

  public ProblemVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
