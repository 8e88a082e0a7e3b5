package io.opsflow.incident;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The incident process's variables: their names (a contract people integrate against) and typed
 * access to them, so that no raw names or casts are scattered through delegates and tests.
 */
public final class IncidentVariables extends ProcessVariables<IncidentVariables> {

  // given at start
  public static final Variable<String> SUMMARY = Variable.text("summary");
  public static final Variable<String> DESCRIPTION = Variable.text("description");
  public static final Variable<String> IMPACT = Variable.text("impact");
  public static final Variable<String> URGENCY = Variable.text("urgency");
  public static final Variable<String> CATEGORY = Variable.text("category");
  public static final Variable<String> REPORTER = Variable.text("reporter");
  public static final Variable<String> AFFECTED_CI = Variable.text("affectedCi");
  /** How to reach the reporter (记录事件报告人的详细联系方式): a phone number and a mail address, either may be left out. */
  public static final Variable<String> REPORTER_PHONE = Variable.optionalText("reporterPhone");
  public static final Variable<String> REPORTER_EMAIL = Variable.optionalText("reporterEmail");
  /** When the fault began (发生时间), if the reporter knows: the outage is counted from then, else from the report. */
  public static final Variable<Instant> FAULT_BEGAN_AT = Variable.time("faultBeganAt");
  public static final Variable<String> INITIATOR = Variable.text("initiator");
  public static final Variable<String> ALERT_GROUP = Variable.text("alertGroup");
  /** The closed incident of the same alert group that this one recurs (set by the alert intake). */
  public static final Variable<String> RECURRENCE_OF = Variable.text("recurrenceOf");
  // set by the process
  public static final Variable<String> INCIDENT_NUMBER = Variable.text("incidentNumber");
  public static final Variable<String> PRIORITY = Variable.text("priority");
  public static final Variable<String> RESPONSE_TARGET = Variable.text("responseTarget");
  public static final Variable<String> RESOLUTION_TARGET = Variable.text("resolutionTarget");
  public static final Variable<String> TIER_BUDGET = Variable.text("tierBudget");
  public static final Variable<String> SLA_CALENDAR = Variable.text("slaCalendar");
  public static final Variable<Instant> RESPONSE_DUE = Variable.time("responseDue");
  /** When the incident managers hear of an incident nobody has taken: the response target passed twice. */
  public static final Variable<Instant> RESPONSE_ESCALATION_AT = Variable.time("responseEscalationAt");
  public static final Variable<Instant> RESOLUTION_DUE = Variable.time("resolutionDue");
  public static final Variable<String> KNOWLEDGE_SUGGESTIONS = Variable.text("knowledgeSuggestions");
  public static final Variable<String> FIRST_TIER = Variable.text("firstTier");
  /** The type of the affected CI in the CMDB (null when it names none), for the L2 group. */
  public static final Variable<String> AFFECTED_CI_TYPE = Variable.optionalText("affectedCiType");
  /** The L2 group IncidentRouting chose, and the one that takes the incident at L2 (L1 may choose another, with a reason). */
  public static final Variable<String> ROUTED_L2_GROUP = Variable.text("routedL2Group");
  public static final Variable<String> L2_GROUP = Variable.text("l2Group");
  /** The group the tier's task is offered to: the tier itself, or at L2 the incident's L2 group. */
  public static final Variable<String> TIER_GROUP = Variable.text("tierGroup");
  public static final Variable<Boolean> MAJOR = Variable.flag("major");
  public static final Variable<String> CURRENT_TIER = Variable.text("currentTier");
  public static final Variable<Instant> TIER_DUE = Variable.time("tierDue");
  public static final Variable<Instant> TIER_WARNING_AT = Variable.time("tierWarningAt");
  public static final Variable<Integer> TIER_ENTRIES = Variable.count("tierEntries");
  public static final Variable<String> RESOLVED_TIER = Variable.text("resolvedTier");
  public static final Variable<Integer> RESOLUTION_COUNT = Variable.count("resolutionCount");
  public static final Variable<Instant> CONFIRMATION_DUE = Variable.time("confirmationDue");
  public static final Variable<Integer> RECURRENCE_COUNT = Variable.count("recurrenceCount");
  public static final Variable<Boolean> RAISE_PROBLEM = Variable.flag("raiseProblem");
  // set by people completing tasks
  public static final Variable<Boolean> RESOLVED_AT_FIRST_CONTACT = Variable.flag("resolvedAtFirstContact");
  public static final Variable<Boolean> ESCALATE = Variable.flag("escalate");
  /** L1 or L2 hands a hardware fault of the incident's CI to equipment repair, naming its model, and waits. */
  public static final Variable<Boolean> HAND_TO_REPAIR = Variable.flag("handToRepair");
  public static final Variable<String> EQUIPMENT_MODEL = Variable.optionalText("equipmentModel");
  /** The repair asked for, and what it says when it ends (cause, parts, hours), for the tier resolving. */
  public static final Variable<String> REPAIR_NUMBER = Variable.optionalText("repairNumber");
  public static final Variable<String> REPAIR_OUTCOME =
      Variable.optionalText(io.opsflow.equipment.EquipmentRepairIds.REPAIR_OUTCOME);
  public static final Variable<String> RESOLUTION_NOTES = Variable.text("resolutionNotes");
  /**
   * The notes of the tiers that escalated, read-only for the next tier: one block per tier,
   * "L1 (user, time): text"; each escalation moves the editable resolution notes here.
   */
  public static final Variable<String> EARLIER_NOTES = Variable.optionalText("earlierNotes");
  /** The fault report (故障总结…提出改进措施) whoever resolves the incident writes: its cause and how it is kept from recurring. */
  public static final Variable<String> FAULT_CAUSE = Variable.optionalText("faultCause");
  public static final Variable<String> PREVENTIVE_MEASURES = Variable.optionalText("preventiveMeasures");
  public static final Variable<String> L2_GROUP_REASON = Variable.optionalText("l2GroupReason");
  public static final Variable<Boolean> VENDOR_INVOLVED = Variable.flag("vendorInvolved");
  public static final Variable<Boolean> TEMPORARY_PATCH = Variable.flag("temporaryPatch");
  public static final Variable<String> VENDOR_REFERENCE = Variable.optionalText("vendorReference");
  public static final Variable<String> PATCH_NOTES = Variable.optionalText("patchNotes");
  /** The emergency plan a major incident runs under (对于重大故障,应立即启动应急预案): a DR plan or a runbook of the knowledge base. */
  public static final Variable<String> EMERGENCY_PLAN_KIND = Variable.text("emergencyPlanKind");
  /** The DR plan's id, or the runbook's article number in the knowledge base. */
  public static final Variable<String> EMERGENCY_PLAN = Variable.optionalText("emergencyPlan");
  /** The coordination form's choice of plan, one list per kind (a DR plan in force, a published article); it becomes {@link #EMERGENCY_PLAN}. */
  public static final Variable<String> EMERGENCY_DR_PLAN = Variable.optionalText("emergencyDrPlan");
  public static final Variable<String> EMERGENCY_RUNBOOK = Variable.optionalText("emergencyRunbook");
  public static final Variable<Instant> EMERGENCY_PLAN_ACTIVATED_AT = Variable.time("emergencyPlanActivatedAt");
  public static final Variable<String> COMMUNICATION_UPDATES = Variable.optionalText("communicationUpdates");
  public static final Variable<String> ROOT_CAUSE_SUMMARY = Variable.optionalText("rootCauseSummary");
  public static final Variable<String> CONFIRMATION_NOTES = Variable.optionalText("confirmationNotes");
  /** True or false once the reporter answered; null while not asked (again). */
  public static final Variable<Boolean> CONFIRMED = Variable.optionalFlag("confirmed");
  /** 1 to 5, or null when the reporter did not say. */
  public static final Variable<Integer> SATISFACTION = Variable.number("satisfaction");

  /** The variables a start may carry (the process's contract). */
  public static final Set<String> START = Variable.names(SUMMARY, DESCRIPTION, IMPACT, URGENCY,
      CATEGORY, REPORTER, AFFECTED_CI, REPORTER_PHONE, REPORTER_EMAIL, FAULT_BEGAN_AT);

  private IncidentVariables(VariableScope scope) {
    super(scope);
  }

  public static IncidentVariables of(VariableScope scope) {
    return new IncidentVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<IncidentVariables> {

    @Override
    default IncidentVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
