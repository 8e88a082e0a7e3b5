package io.opsflow.incident;

import static io.opsflow.platform.Inputs.CATEGORIES;
import static io.opsflow.platform.Inputs.LEVELS;
import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.Inputs;
import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The rules for what may start an incident and complete its tasks. Knows nothing of Camunda:
 * the REST API, the start validator and the engine listener all ask it; a refusal is a
 * {@link io.opsflow.platform.BadRequestException} naming the field.
 */
final class IncidentInput {

  /** What an incident reported without them is taken to be: medium impact and urgency, category other, not major. */
  static final Map<String, Object> DEFAULTS = Map.of(IMPACT.name(), "medium", URGENCY.name(), "medium",
      CATEGORY.name(), "other", MAJOR.name(), false);

  private IncidentInput() {
  }

  /** Checks the start variables; impact, urgency and category may be left out (see {@link #DEFAULTS}). */
  static void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, SUMMARY.name(), 500);
    Inputs.oneOf(variables, IMPACT.name(), LEVELS);
    Inputs.oneOf(variables, URGENCY.name(), LEVELS);
    Inputs.oneOf(variables, CATEGORY.name(), CATEGORIES);
    Inputs.maxText(variables, DESCRIPTION.name(), 4000);
    Inputs.maxText(variables, AFFECTED_CI.name(), 200);
    Inputs.maxText(variables, REPORTER.name(), 64);
    Inputs.maxText(variables, REPORTER_PHONE.name(), 40);
    if (REPORTER_PHONE.from(variables) != null && !REPORTER_PHONE.from(variables).matches("[+0-9 ()/-]*[0-9][+0-9 ()/-]*")) {
      throw Inputs.refuse(REPORTER_PHONE.name(), "must be a phone number (digits, spaces, + - / and brackets)");
    }
    Inputs.maxText(variables, REPORTER_EMAIL.name(), 200);
    if (REPORTER_EMAIL.from(variables) != null && !REPORTER_EMAIL.from(variables).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw Inputs.refuse(REPORTER_EMAIL.name(), "must be a mail address such as name@example.com");
    }
    Instant began = Inputs.instant(variables, FAULT_BEGAN_AT.name());
    if (began != null && began.isAfter(EngineClock.now())) {
      throw Inputs.refuse(FAULT_BEGAN_AT.name(), "must not be in the future");
    }
  }

  /** The model version that hands hardware faults to equipment repair. */
  static final String HAND_TO_REPAIR_SINCE = "1.4.0";

  /** The CI types whose faults equipment repair takes on (the incident's CI is hardware). */
  static final Set<String> HARDWARE = Set.of("server", "network-device");

  /**
   * Whether L1 or L2 hands the fault to equipment repair: only for a hardware CI, not together with
   * an escalation, and with the equipment's model; the fault report waits for the tier's return.
   * That the CI is still equipment repair takes on (in service) {@link IncidentInputListener} asks
   * equipment repair itself.
   */
  private static boolean checkHandToRepair(Map<String, Object> variables) {
    Inputs.flag(variables, HAND_TO_REPAIR.name());
    if (!HAND_TO_REPAIR.from(variables)) {
      return false;
    }
    if (IncidentIds.L3.equals(CURRENT_TIER.from(variables))) {
      throw Inputs.refuse(HAND_TO_REPAIR.name(), "is for L1 and L2");
    }
    if (!HARDWARE.contains(AFFECTED_CI_TYPE.from(variables))) {
      throw Inputs.refuse(HAND_TO_REPAIR.name(), "needs the incident's configuration item to be hardware (a server or "
          + "network device)");
    }
    if (ESCALATE.from(variables)) {
      throw Inputs.refuse(HAND_TO_REPAIR.name(), "and escalate exclude each other");
    }
    Inputs.requireText(variables, EQUIPMENT_MODEL.name(), 200);
    return true;
  }

  /** The model version whose forms take the fault report and the emergency plan. */
  static final String FAULT_REPORT_SINCE = "1.2.0";

  /**
   * Checks what a person enters to complete a tier or confirmation task; {@code currentModel} is
   * false for an incident on a model before {@link #FAULT_REPORT_SINCE}, whose forms have no fault
   * report and no emergency plan.
   */
  static void checkCompletion(String taskKey, Map<String, Object> variables, boolean currentModel) {
    Inputs.maxText(variables, RESOLUTION_NOTES.name(), 4000);
    switch (taskKey) {
      case IncidentIds.RESOLVE_AT_TIER -> {
        Inputs.flag(variables, ESCALATE.name());
        boolean handed = checkHandToRepair(variables);
        if (ESCALATE.from(variables) && IncidentIds.L1.equals(CURRENT_TIER.from(variables))) {
          checkL2Group(variables);
        }
        if (!ESCALATE.from(variables) && !handed && currentModel) {
          requireFaultReport(variables);
        }
      }
      case IncidentIds.RESOLVE_BREACHED_INCIDENT -> {
        if (currentModel) {
          requireFaultReport(variables);
        }
      }
      case IncidentIds.TRY_FIRST_CONTACT_RESOLUTION -> {
        Inputs.flag(variables, RESOLVED_AT_FIRST_CONTACT.name());
        if (RESOLVED_AT_FIRST_CONTACT.from(variables) && currentModel) {
          requireFaultReport(variables);
        }
      }
      case IncidentIds.COORDINATE_MAJOR_INCIDENT -> {
        if (!currentModel) {
          return;
        }
        Inputs.oneOf(variables, EMERGENCY_PLAN_KIND.name(), Set.of(IncidentIds.DR_PLAN, IncidentIds.RUNBOOK));
        if (EMERGENCY_PLAN_KIND.from(variables) == null) {
          throw Inputs.refuse(EMERGENCY_PLAN_KIND.name(), "is required: a major incident runs under an emergency plan");
        }
        Inputs.requireText(variables, EMERGENCY_PLAN.name(), 100);
        Instant activated = Times.required(variables, EMERGENCY_PLAN_ACTIVATED_AT.name());
        if (activated.isAfter(EngineClock.now())) {
          throw Inputs.refuse(EMERGENCY_PLAN_ACTIVATED_AT.name(), "must not be in the future");
        }
      }
      case IncidentIds.CONFIRM_RESOLUTION -> {
        Inputs.flag(variables, CONFIRMED.name());
        Object satisfaction = variables.get(SATISFACTION.name());
        if (satisfaction != null && !(satisfaction instanceof Number n && n.doubleValue() == n.intValue()
            && n.intValue() >= 1 && n.intValue() <= 5)) {
          throw Inputs.refuse(SATISFACTION.name(), "must be a whole number from 1 to 5, not " + satisfaction);
        }
        if (Boolean.TRUE.equals(CONFIRMED.from(variables)) && satisfaction == null) {
          throw Inputs.refuse(SATISFACTION.name(), "is required when the reporter confirms (1 to 5)");
        }
      }
      default -> {
      }
    }
  }

  /** L1 escalating may send the incident to another L2 group than the routed one, saying why (选择最合适的二线支持小组). */
  private static void checkL2Group(Map<String, Object> variables) {
    Inputs.oneOf(variables, L2_GROUP.name(), Set.copyOf(IncidentIds.L2_GROUPS));
    String chosen = L2_GROUP.from(variables);
    if (chosen != null && !chosen.equals(ROUTED_L2_GROUP.from(variables))) {
      Inputs.requireText(variables, L2_GROUP_REASON.name(), 1000);
    }
  }

  /** Whoever resolves an incident reports the fault (形成故障处理报告): its cause, the fix and the prevention. */
  private static void requireFaultReport(Map<String, Object> variables) {
    Inputs.requireText(variables, FAULT_CAUSE.name(), 4000);
    Inputs.requireText(variables, RESOLUTION_NOTES.name(), 4000);
    Inputs.requireText(variables, PREVENTIVE_MEASURES.name(), 4000);
  }

}
