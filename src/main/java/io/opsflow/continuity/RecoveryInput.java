package io.opsflow.continuity;

import io.opsflow.platform.Times;
import static io.opsflow.continuity.RecoveryVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The rules for what may start a drill or a disaster recovery and complete their tasks. The
 * start validators, the engine listener and (through them) Tasklist and {@code /engine-rest} all
 * ask it; a refusal is a {@link io.opsflow.platform.BadRequestException} naming the field. "Now"
 * is the engine's clock.
 */
final class RecoveryInput {

  private RecoveryInput() {
  }

  static void checkDrillStart(Map<String, Object> variables, DrPlans plans) {
    planInForce(variables, plans);
    Inputs.maxText(variables, SCENARIO.name(), 1000);
    window(variables, false);
  }

  static void checkDisasterStart(Map<String, Object> variables, DrPlans plans) {
    DrPlans.Plan plan = planInForce(variables, plans);
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Object affected = variables.get(AFFECTED_SYSTEMS.name());
    if (affected != null && !(affected instanceof String || affected instanceof java.util.Collection<?>)) {
      throw Inputs.refuse(AFFECTED_SYSTEMS.name(), "must be a list of the plan's systems");
    }
    subsetOfPlan(AFFECTED_SYSTEMS.name(), Inputs.textList(variables, AFFECTED_SYSTEMS.name()), plan.current(), false);
    Object incident = variables.get(INCIDENT_NUMBER.name());
    if (incident != null && !(incident instanceof String s && (s.isBlank() || s.strip().matches("INC-\\d{4}-\\d{6}")))) {
      throw Inputs.refuse(INCIDENT_NUMBER.name(), "must be an incident number such as INC-2026-000042");
    }
  }

  /**
   * A disaster declared on "Coordinate major incident" (IncidentManagement) names a DR plan in
   * force (the incident model's variables {@code disasterDeclared} and {@code drPlanId}).
   */
  static void checkDeclaration(Map<String, Object> variables, DrPlans plans) {
    // a major incident's emergency plan, when it is a DR plan (IncidentManagement: 应立即启动应急预案)
    if ("dr-plan".equals(variables.get("emergencyPlanKind")) && variables.get("emergencyPlan") instanceof String plan
        && !plan.isBlank() && plans.inForce(plan.strip()).isEmpty()) {
      throw Inputs.refuse("emergencyPlan", "names no DR plan in force: " + plan.strip());
    }
    String declaredField = DeclareDisasterDelegate.DISASTER_DECLARED.name();
    String planField = DeclareDisasterDelegate.DR_PLAN_ID.name();
    Object declared = variables.get(declaredField);
    if (declared != null && !(declared instanceof Boolean)) {
      throw Inputs.refuse(declaredField, "must be true or false");
    }
    if (Boolean.TRUE.equals(declared)) {
      Object plan = variables.get(planField);
      if (!(plan instanceof String id) || id.isBlank()) {
        throw Inputs.refuse(planField, "is required to declare a disaster");
      }
      if (plans.inForce(id.strip()).isEmpty()) {
        throw Inputs.refuse(planField, "names no DR plan in force: " + id.strip());
      }
    }
  }

  /** Checks what a person enters to complete one of the two processes' tasks. */
  static void checkCompletion(String taskKey, Map<String, Object> variables, DrPlans plans) {
    switch (taskKey) {
      case DrillIds.DRAFT_PLAN -> {
        Inputs.requireText(variables, SCENARIO.name(), 1000);
        Inputs.maxText(variables, PARTICIPANTS.name(), 1000);
        subsetOfPlan(SYSTEMS.name(), Inputs.textList(variables, SYSTEMS.name()), registered(variables, plans), true);
        window(variables, true);
      }
      case DrillIds.APPROVE_PLAN -> {
        requireFlag(variables, DRILL_APPROVED.name());
        Inputs.maxText(variables, APPROVAL_NOTES.name(), 2000);
        if (Boolean.FALSE.equals(DRILL_APPROVED.from(variables))
            && !(variables.get(APPROVAL_NOTES.name()) instanceof String notes && !notes.isBlank())) {
          throw Inputs.refuse(APPROVAL_NOTES.name(), "are required to send the draft back (tick drillApproved to approve it)");
        }
        Instant start = Inputs.instant(variables, PLANNED_WINDOW_START.name());
        if (Boolean.TRUE.equals(DRILL_APPROVED.from(variables)) && start != null && !start.isAfter(EngineClock.now())) {
          throw Inputs.refuse(PLANNED_WINDOW_START.name(), "has begun (" + start + "): a drill is approved before its "
              + "window opens; send it back to draft a new window");
        }
      }
      case DrillIds.EXECUTE_FAILOVER -> {
        Instant started = Times.required(variables, FAILOVER_STARTED_AT.name());
        Instant recovered = Times.required(variables, RECOVERED_AT.name());
        clockStart(variables, started);
        Times.ordered(started, FAILOVER_STARTED_AT.name(), recovered, RECOVERED_AT.name());
        Instant now = EngineClock.now();
        if (recovered.isAfter(now)) {
          throw Inputs.refuse(RECOVERED_AT.name(), "lies in the future (" + recovered + ", now " + now.truncatedTo(
              ChronoUnit.SECONDS) + "): record the recovery once the system runs again");
        }
        wholeNumber(variables, DATA_LOSS_MINUTES.name(), 0, true);
        Inputs.maxText(variables, ISSUES.name(), 4000);
      }
      case DrillIds.TEST_RECOVERY -> {
        requireFlag(variables, RECOVERY_TEST_PASSED.name());
        Inputs.maxText(variables, RECOVERY_TEST_NOTES.name(), 4000);
      }
      case DrillIds.EVALUATE, DisasterIds.EVALUATE -> {
        Inputs.requireText(variables, EVALUATION_SUMMARY.name(), 4000);
        Inputs.maxText(variables, LESSONS_LEARNED.name(), 4000);
      }
      case DrillIds.REVIEW_PLAN -> {
        requireFlag(variables, PLAN_STILL_VALID.name());
        Inputs.maxText(variables, PLAN_REVIEW_NOTES.name(), 2000);
        if (Boolean.TRUE.equals(PLAN_STILL_VALID.from(variables)) && !"pass".equals(VERDICT.from(variables))
            && !(variables.get(PLAN_REVIEW_NOTES.name()) instanceof String notes && !notes.isBlank())) {
          throw Inputs.refuse(PLAN_REVIEW_NOTES.name(), "are required to keep the plan unchanged after a "
              + VERDICT.from(variables) + " drill: say why it stands (or untick planStillValid to revise it)");
        }
      }
      case DrillIds.REVISE_PLAN -> {
        wholeNumber(variables, RTO_TARGET_MINUTES.name(), 1, true);
        wholeNumber(variables, RPO_TARGET_MINUTES.name(), 0, true);
        Inputs.requireText(variables, RUNBOOK_STEPS.name(), 8000);
        DrPlans.runbook(RUNBOOK_STEPS.from(variables).lines().toList());
        Inputs.requireText(variables, REVISION_NOTES.name(), 1000);
      }
      default -> {
      }
    }
  }

  private static DrPlans.Plan planInForce(Map<String, Object> variables, DrPlans plans) {
    Inputs.requireText(variables, PLAN_ID.name(), 100);
    String id = PLAN_ID.from(variables).strip();
    return plans.inForce(id).orElseThrow(() -> Inputs.refuse(PLAN_ID.name(), "names no DR plan in force: " + id));
  }

  /** The plan version the drill was registered under, whatever became of the plan since. */
  private static DrPlans.Version registered(Map<String, Object> variables, DrPlans plans) {
    return plans.registered(PLAN_ID.from(variables).strip(), PLAN_VERSION.from(variables));
  }

  /**
   * The drill window: both ends (when required, or when one is given), the end after the start,
   * and the start ahead: a window that has begun would open at once and close before anyone failed
   * over, alarming the incident managers for a drill that never ran.
   */
  private static void window(Map<String, Object> variables, boolean required) {
    Instant start = required ? Times.required(variables, PLANNED_WINDOW_START.name())
        : Inputs.instant(variables, PLANNED_WINDOW_START.name());
    Instant end = required ? Times.required(variables, PLANNED_WINDOW_END.name())
        : Inputs.instant(variables, PLANNED_WINDOW_END.name());
    if (start != null && !start.isAfter(EngineClock.now())) {
      throw Inputs.refuse(PLANNED_WINDOW_START.name(), "has begun (" + start + "): plan a window that lies ahead");
    }
    Times.ordered(start, PLANNED_WINDOW_START.name(), end, PLANNED_WINDOW_END.name());
  }

  /**
   * A failover starts no earlier than the drill window opened or the disaster was declared (to the
   * minute: a form records no seconds), or the measured recovery time is wrong.
   */
  private static void clockStart(Map<String, Object> variables, Instant started) {
    boolean disaster = DISASTER_NUMBER.from(variables) != null;
    Instant earliest = Inputs.instant(variables, disaster ? DECLARED_AT.name() : WINDOW_OPENS_AT.name());
    if (earliest != null && started.isBefore(earliest.truncatedTo(ChronoUnit.MINUTES))) {
      throw Inputs.refuse(FAILOVER_STARTED_AT.name(), "lies before " + (disaster ? "the disaster was declared ("
          : "the drill window opened (") + earliest.truncatedTo(ChronoUnit.SECONDS) + ")");
    }
  }

  private static void subsetOfPlan(String field, List<String> systems, DrPlans.Version plan, boolean required) {
    if (required && systems.isEmpty()) {
      throw Inputs.refuse(field, "must name at least one of the plan's systems");
    }
    for (String system : systems) {
      if (!plan.systems().contains(system)) {
        throw Inputs.refuse(field, "names " + system + ", which is not one of the plan's systems ("
            + String.join(", ", plan.systems()) + ")");
      }
    }
  }

  static void requireFlag(Map<String, Object> variables, String field) {
    if (!(variables.get(field) instanceof Boolean)) {
      throw Inputs.refuse(field, "must be true or false");
    }
  }

  /** A whole number from min to a year's minutes; a form's number field may send 15.0 for 15. */
  static void wholeNumber(Map<String, Object> variables, String field, long min, boolean required) {
    Object value = variables.get(field);
    if (value == null) {
      if (required) {
        throw Inputs.refuse(field, "is required");
      }
      return;
    }
    if (!(value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        && n.doubleValue() >= min && n.doubleValue() <= DrPlans.MAX_MINUTES)) {
      throw Inputs.refuse(field, "must be a whole number from " + min + " to " + DrPlans.MAX_MINUTES + ", not " + value);
    }
  }
}
