package io.opsflow.equipment;

import io.opsflow.platform.process.ProcessStep;
import io.opsflow.platform.process.ProcessVariables;
import io.opsflow.platform.process.Variable;
import java.time.Instant;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The equipment repair process's variables: names (a contract) and typed access. */
public final class EquipmentRepairVariables extends ProcessVariables<EquipmentRepairVariables> {

  // the start contract: the fault report
  /** The equipment: its configuration item's id, or the asset number one of its items carries. */
  public static final Variable<String> EQUIPMENT = Variable.text("equipment");
  public static final Variable<String> MODEL = Variable.text("model");
  public static final Variable<String> FAULT_DETAILS = Variable.text("faultDetails");
  public static final Variable<Instant> OCCURRED_AT = Variable.time("occurredAt");

  /** The one line "My tickets" shows: the equipment, its model and the fault's first line. */
  public static final Variable<String> SUMMARY = Variable.text("summary");
  /** The incident that handed the fault over and waits for the repair (IncidentManagement), or null. */
  public static final Variable<String> INCIDENT_NUMBER = Variable.optionalText("incidentNumber");
  public static final Variable<String> INITIATOR = Variable.optionalText("initiator");
  public static final Variable<String> REPAIR_NUMBER = Variable.text("repairNumber");
  /** Who reported the fault (told when it is repaired): the person who started the repair. */
  public static final Variable<String> REPORTER = Variable.optionalText("reporter");
  // what the CMDB says at registration
  public static final Variable<String> EQUIPMENT_CI = Variable.text("equipmentCi");
  public static final Variable<String> EQUIPMENT_CRITICALITY = Variable.text("equipmentCriticality");
  /** The criticality of the most critical service depending on the equipment, "none" without one. */
  public static final Variable<String> SERVICE_CRITICALITY = Variable.text("serviceCriticality");
  public static final Variable<String> IMPACTED_SERVICES = Variable.text("impactedServices");
  // classification
  /** electrical, mechanical or software. */
  public static final Variable<String> FAULT_CLASS = Variable.text("faultClass");
  public static final Variable<Boolean> SPARE_IN_PLACE = Variable.optionalFlag("spareInPlace");
  public static final Variable<String> PRIORITY = Variable.text("priority");
  // the plan
  public static final Variable<String> REPAIR_STEPS = Variable.text("repairSteps");
  public static final Variable<String> SPARE_PARTS = Variable.optionalText("spareParts");
  public static final Variable<String> TOOLS = Variable.optionalText("tools");
  public static final Variable<Number> ESTIMATED_HOURS = Variable.value("estimatedHours", Number.class);
  /** in-house or vendor. */
  public static final Variable<String> REPAIR_BY = Variable.text("repairBy");
  /** Whether a part not in stock is ordered (then the part and its quantity). */
  public static final Variable<Boolean> ORDER_PARTS = Variable.flag("orderParts");
  public static final Variable<String> PART_TO_ORDER = Variable.optionalText("partToOrder");
  public static final Variable<Integer> ORDER_QUANTITY = Variable.number("orderQuantity");
  // the purchase
  public static final Variable<Boolean> PURCHASE_APPROVED = Variable.optionalFlag("purchaseApproved");
  public static final Variable<String> PURCHASE_NOTE = Variable.optionalText("purchaseNote");
  public static final Variable<String> PARTS_RECEIVED_NOTE = Variable.optionalText("partsReceivedNote");
  // the repair
  public static final Variable<String> VENDOR_NAME = Variable.optionalText("vendorName");
  public static final Variable<String> VENDOR_REFERENCE = Variable.optionalText("vendorReference");
  public static final Variable<String> VENDOR_REPORT = Variable.optionalText("vendorReport");
  public static final Variable<String> REPAIR_NOTES = Variable.optionalText("repairNotes");
  public static final Variable<Boolean> TEST_PASSED = Variable.optionalFlag("testPassed");
  public static final Variable<String> TEST_NOTES = Variable.optionalText("testNotes");
  // the record
  public static final Variable<String> FAULT_CAUSE = Variable.text("faultCause");
  public static final Variable<String> PARTS_USED = Variable.optionalText("partsUsed");
  public static final Variable<Number> HOURS_SPENT = Variable.value("hoursSpent", Number.class);
  // the analysis
  public static final Variable<Integer> SAME_ITEM_FAULTS = Variable.count("sameItemFaults");
  public static final Variable<Integer> SAME_MODEL_FAULTS = Variable.count("sameModelFaults");
  public static final Variable<Boolean> RAISE_PROBLEM = Variable.flag("raiseProblem");
  public static final Variable<String> PROBLEM_NUMBER = Variable.optionalText("problemNumber");

  /** The variables a start may carry (the process's contract). */
  public static final Set<String> START = Variable.names(EQUIPMENT, MODEL, FAULT_DETAILS, OCCURRED_AT);

  private EquipmentRepairVariables(VariableScope scope) {
    super(scope);
  }

  public static EquipmentRepairVariables of(VariableScope scope) {
    return new EquipmentRepairVariables(scope);
  }

  /** A delegate of the process, given its variables instead of the raw execution. */
  public interface Step extends ProcessStep<EquipmentRepairVariables> {

    @Override
    default EquipmentRepairVariables variables(DelegateExecution execution) {
      return of(execution);
    }
  }
}
