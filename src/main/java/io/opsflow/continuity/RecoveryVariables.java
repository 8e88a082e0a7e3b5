package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of the two recovery processes, DisasterRecoveryDrill and DisasterRecovery: names
 * (a contract) and typed access. One accessor for both, because a drill is the rehearsal of the
 * real thing: the same plan, targets, per-system measurements, verdict and revision, so that a
 * drill report and a disaster report read alike.
 */
public final class RecoveryVariables extends ProcessVariables<RecoveryVariables> {

  // the plan and the exercise
  public static final Variable<String> PLAN_ID = Variable.text("planId");
  public static final Variable<String> PLAN_NAME = Variable.text("planName");
  /** The plan version the drill or disaster was registered under: its targets, systems and runbook. */
  public static final Variable<Integer> PLAN_VERSION = Variable.number("planVersion");
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> SCENARIO = Variable.text("scenario");
  /** The systems of the drill as the coordinator chooses them: a list (the draft form's taglist), or typed "shop-db, app-server-02". */
  public static final Variable<List<String>> SYSTEMS = Variable.textList("systems");
  public static final Variable<List<String>> SYSTEM_IDS = Variable.textList("systemIds");
  public static final Variable<Integer> RTO_TARGET_MINUTES = Variable.number("rtoTargetMinutes");
  public static final Variable<Integer> RPO_TARGET_MINUTES = Variable.number("rpoTargetMinutes");
  /** The runbook as the form shows it: one step a line. */
  public static final Variable<String> RUNBOOK_STEPS = Variable.text("runbookSteps");

  // drills
  public static final Variable<String> DRILL_NUMBER = Variable.text("drillNumber");
  public static final Variable<String> PARTICIPANTS = Variable.text("participants");
  public static final Variable<Instant> PLANNED_WINDOW_START = Variable.time("plannedWindowStart");
  public static final Variable<Instant> PLANNED_WINDOW_END = Variable.time("plannedWindowEnd");
  public static final Variable<Instant> WINDOW_OPENS_AT = Variable.time("windowOpensAt");
  public static final Variable<Instant> WINDOW_CLOSES_AT = Variable.time("windowClosesAt");
  public static final Variable<Boolean> DRILL_APPROVED = Variable.optionalFlag("drillApproved");
  public static final Variable<String> APPROVAL_NOTES = Variable.text("approvalNotes");

  // disasters
  public static final Variable<String> DISASTER_NUMBER = Variable.text("disasterNumber");
  /** The systems a disaster took down, if the declaration names them (else: all of the plan's). */
  public static final Variable<List<String>> AFFECTED_SYSTEMS = Variable.textList("affectedSystems");
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  public static final Variable<Instant> DECLARED_AT = Variable.time("declaredAt");
  public static final Variable<Instant> RECOVERY_DEADLINE = Variable.time("recoveryDeadline");

  // per system, local to each instance of "Recover each system"
  public static final Variable<String> SYSTEM_ID = Variable.text("systemId");
  public static final Variable<Instant> FAILOVER_STARTED_AT = Variable.time("failoverStartedAt");
  public static final Variable<Instant> RECOVERED_AT = Variable.time("recoveredAt");
  public static final Variable<Integer> DATA_LOSS_MINUTES = Variable.number("dataLossMinutes");
  public static final Variable<String> ISSUES = Variable.text("issues");
  public static final Variable<Boolean> RECOVERY_TEST_PASSED = Variable.optionalFlag("recoveryTestPassed");
  public static final Variable<String> RECOVERY_TEST_NOTES = Variable.text("recoveryTestNotes");
  public static final Variable<Integer> MEASURED_RTO_MINUTES = Variable.number("measuredRtoMinutes");
  public static final Variable<String> SYSTEM_VERDICT = Variable.text("systemVerdict");

  // the outcome
  public static final Variable<Integer> SYSTEMS_RECOVERED = Variable.count("systemsRecovered");
  public static final Variable<Integer> SYSTEMS_PASSED = Variable.count("systemsPassed");
  public static final Variable<Integer> SYSTEMS_PARTIAL = Variable.count("systemsPartial");
  public static final Variable<Integer> SYSTEMS_FAILED = Variable.count("systemsFailed");
  public static final Variable<String> RESULT_SUMMARY = Variable.text("resultSummary");
  public static final Variable<String> VERDICT = Variable.text("verdict");
  public static final Variable<String> EVALUATION_SUMMARY = Variable.text("evaluationSummary");
  public static final Variable<String> LESSONS_LEARNED = Variable.text("lessonsLearned");
  /** A drill's plan review (every drill, 3.3 对灾备计划进行修订): the plan stands as it is, or is revised. */
  public static final Variable<Boolean> PLAN_STILL_VALID = Variable.optionalFlag("planStillValid");
  public static final Variable<String> PLAN_REVIEW_NOTES = Variable.text("planReviewNotes");
  public static final Variable<String> REVISION_NOTES = Variable.text("revisionNotes");
  public static final Variable<Integer> REVISED_PLAN_VERSION = Variable.number("revisedPlanVersion");

  private RecoveryVariables(VariableScope scope) {
    super(scope);
  }

  public static RecoveryVariables of(VariableScope scope) {
    return new RecoveryVariables(scope);
  }

  /** The drill's or the disaster's number (DRD-… or DRE-…). */
  public String number() {
    return get(DRILL_NUMBER) != null ? get(DRILL_NUMBER) : get(DISASTER_NUMBER);
  }

  public boolean disaster() {
    return get(DISASTER_NUMBER) != null;
  }

  /** The plan's id as given, without surrounding blanks. */
  public String planId() {
    String id = get(PLAN_ID);
    return id == null ? null : id.strip();
  }

  /** The plan version the drill or disaster was registered under. */
  public DrPlans.Version plan(DrPlans plans) {
    return plans.registered(planId(), get(PLAN_VERSION));
  }

  /** The drill's systems, one by one (the text as {@link Inputs#textList} reads it). */
  public List<String> systems() {
    return Inputs.textList(scope().getVariables(), SYSTEMS.name());
  }

  /** The runbook's steps, one a line. */
  public List<String> runbookSteps() {
    String text = get(RUNBOOK_STEPS);
    return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<RecoveryVariables> {

    @Override
    default RecoveryVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
