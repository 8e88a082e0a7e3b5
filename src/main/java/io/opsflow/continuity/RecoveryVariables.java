package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the two recovery processes, DisasterRecoveryDrill and DisasterRecovery: names
 * (a contract) and typed access. One accessor for both, because a drill is the rehearsal of the
 * real thing: the same plan, targets, per-system measurements, verdict and revision, so that a
 * drill report and a disaster report read alike.
 */
public final class RecoveryVariables {

  // the plan and the exercise
  public static final String PLAN_ID = "planId";
  public static final String PLAN_NAME = "planName";
  public static final String PLAN_VERSION = "planVersion";
  public static final String SUMMARY = "summary";
  public static final String SCENARIO = "scenario";
  public static final String SYSTEMS = "systems";
  public static final String SYSTEM_IDS = "systemIds";
  public static final String RTO_TARGET_MINUTES = "rtoTargetMinutes";
  public static final String RPO_TARGET_MINUTES = "rpoTargetMinutes";
  public static final String RUNBOOK_STEPS = "runbookSteps";

  // drills
  public static final String DRILL_NUMBER = "drillNumber";
  public static final String PARTICIPANTS = "participants";
  public static final String PLANNED_WINDOW_START = "plannedWindowStart";
  public static final String PLANNED_WINDOW_END = "plannedWindowEnd";
  public static final String WINDOW_OPENS_AT = "windowOpensAt";
  public static final String WINDOW_CLOSES_AT = "windowClosesAt";
  public static final String DRILL_APPROVED = "drillApproved";
  public static final String APPROVAL_NOTES = "approvalNotes";

  // disasters
  public static final String DISASTER_NUMBER = "disasterNumber";
  public static final String AFFECTED_SYSTEMS = "affectedSystems";
  public static final String INCIDENT_NUMBER = "incidentNumber";
  public static final String DECLARED_AT = "declaredAt";
  public static final String RECOVERY_DEADLINE = "recoveryDeadline";

  // per system, local to each instance of "Recover each system"
  public static final String SYSTEM_ID = "systemId";
  public static final String FAILOVER_STARTED_AT = "failoverStartedAt";
  public static final String RECOVERED_AT = "recoveredAt";
  public static final String DATA_LOSS_MINUTES = "dataLossMinutes";
  public static final String ISSUES = "issues";
  public static final String RECOVERY_TEST_PASSED = "recoveryTestPassed";
  public static final String RECOVERY_TEST_NOTES = "recoveryTestNotes";
  public static final String MEASURED_RTO_MINUTES = "measuredRtoMinutes";
  public static final String SYSTEM_VERDICT = "systemVerdict";

  // the outcome
  public static final String SYSTEMS_RECOVERED = "systemsRecovered";
  public static final String SYSTEMS_PASSED = "systemsPassed";
  public static final String SYSTEMS_PARTIAL = "systemsPartial";
  public static final String SYSTEMS_FAILED = "systemsFailed";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String VERDICT = "verdict";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String LESSONS_LEARNED = "lessonsLearned";
  public static final String REVISION_NOTES = "revisionNotes";
  public static final String REVISED_PLAN_VERSION = "revisedPlanVersion";

  private final VariableScope scope;

  private RecoveryVariables(VariableScope scope) {
    this.scope = scope;
  }

  public static RecoveryVariables of(VariableScope scope) {
    return new RecoveryVariables(scope);
  }

  /** The drill's or the disaster's number (DRD-… or DRE-…). */
  public String number() {
    return string(DRILL_NUMBER) != null ? string(DRILL_NUMBER) : string(DISASTER_NUMBER);
  }

  public boolean disaster() {
    return string(DISASTER_NUMBER) != null;
  }

  public String planId() {
    String id = string(PLAN_ID);
    return id == null ? null : id.strip();
  }

  /** The plan version the drill or disaster was registered under: its targets, systems and runbook. */
  public int planVersion() {
    return integer(PLAN_VERSION);
  }

  public String planName() {
    return string(PLAN_NAME);
  }

  public String summary() {
    return string(SUMMARY);
  }

  public String scenario() {
    return string(SCENARIO);
  }

  public String participants() {
    return string(PARTICIPANTS);
  }

  public String incidentNumber() {
    return string(INCIDENT_NUMBER);
  }

  /** The systems of the drill as the coordinator lists them: "shop-db, app-server-02". */
  public List<String> systems() {
    return list(scope.getVariable(SYSTEMS));
  }

  /** The systems a disaster took down, if the declaration names them (else: all of the plan's). */
  public List<String> affectedSystems() {
    return list(scope.getVariable(AFFECTED_SYSTEMS));
  }

  public int rtoTargetMinutes() {
    return integer(RTO_TARGET_MINUTES);
  }

  public int rpoTargetMinutes() {
    return integer(RPO_TARGET_MINUTES);
  }

  /** The runbook as the form shows it: one step a line. */
  public List<String> runbookSteps() {
    String text = string(RUNBOOK_STEPS);
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public Instant plannedWindowStart() {
    return Inputs.instant(scope.getVariables(), PLANNED_WINDOW_START);
  }

  public Instant plannedWindowEnd() {
    return Inputs.instant(scope.getVariables(), PLANNED_WINDOW_END);
  }

  public Instant declaredAt() {
    return Inputs.instant(scope.getVariables(), DECLARED_AT);
  }

  public String systemId() {
    return string(SYSTEM_ID);
  }

  public Instant failoverStartedAt() {
    return Inputs.instant(scope.getVariables(), FAILOVER_STARTED_AT);
  }

  public Instant recoveredAt() {
    return Inputs.instant(scope.getVariables(), RECOVERED_AT);
  }

  public Integer dataLossMinutes() {
    return optionalInteger(DATA_LOSS_MINUTES);
  }

  public String issues() {
    return string(ISSUES);
  }

  public Boolean recoveryTestPassed() {
    return (Boolean) scope.getVariable(RECOVERY_TEST_PASSED);
  }

  public String recoveryTestNotes() {
    return string(RECOVERY_TEST_NOTES);
  }

  public String systemVerdict() {
    return string(SYSTEM_VERDICT);
  }

  public String verdict() {
    return string(VERDICT);
  }

  public String resultSummary() {
    return string(RESULT_SUMMARY);
  }

  public String evaluationSummary() {
    return string(EVALUATION_SUMMARY);
  }

  public String lessonsLearned() {
    return string(LESSONS_LEARNED);
  }

  public String revisionNotes() {
    return string(REVISION_NOTES);
  }

  public RecoveryVariables set(String name, Object value) {
    scope.setVariable(name, value);
    return this;
  }

  /** Sets the variable in the innermost scope: each system's instance keeps its own. */
  public RecoveryVariables setLocal(String name, Object value) {
    scope.setVariableLocal(name, value);
    return this;
  }

  /** A list given as a list or as text separated by commas, semicolons or blanks. */
  static List<String> list(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> values) {
      values.forEach(v -> items.add(String.valueOf(v).strip()));
    } else if (value instanceof String text) {
      items.addAll(Arrays.asList(text.split("[,;\\s]+")));
    }
    items.removeIf(String::isBlank);
    return items.stream().distinct().toList();
  }

  private int integer(String name) {
    Integer value = optionalInteger(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set");
    }
    return value;
  }

  private Integer optionalInteger(String name) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : null;
  }

  private String string(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
