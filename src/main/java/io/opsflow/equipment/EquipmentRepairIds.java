package io.opsflow.equipment;

/** The ids of the equipment repair model's elements that code and tests refer to. */
public final class EquipmentRepairIds {

  public static final String PROCESS = "EquipmentRepair";
  public static final String PREFIX = "REP";
  /** The message a repair an incident asked for sends that incident when it ends (IncidentManagement waits for it). */
  public static final String EQUIPMENT_REPAIRED = "EquipmentRepaired";
  /** The variable that message carries: the repair's number, the cause and the parts used. */
  public static final String REPAIR_OUTCOME = "repairOutcome";

  public static final String FAULT_REPORTED = "Event_FaultReported";
  public static final String REGISTER_AND_CLASSIFY = "SubProcess_RegisterAndClassify";
  public static final String REGISTER = "Activity_RegisterRepair";
  public static final String CLASSIFY = "Activity_ClassifyFault";
  public static final String DETERMINE_PRIORITY = "Activity_DetermineRepairPriority";
  public static final String RECORD_CLASSIFICATION = "Activity_RecordClassification";
  public static final String PLAN = "Activity_PlanRepair";
  public static final String ORDER_PARTS_PHASE = "SubProcess_OrderParts";
  public static final String APPROVE_PURCHASE = "Activity_ApprovePurchase";
  public static final String RECEIVE_PARTS = "Activity_ReceiveParts";
  public static final String PURCHASE_REJECTED = "Event_PurchaseRejectedCaught";
  public static final String REPAIR = "SubProcess_Repair";
  public static final String SEND_TO_VENDOR = "Activity_SendToVendor";
  public static final String RECEIVE_FROM_VENDOR = "Activity_ReceiveFromVendor";
  public static final String CARRY_OUT_REPAIR = "Activity_CarryOutRepair";
  public static final String TEST = "Activity_TestEquipment";
  public static final String TEST_FAILED = "Event_RepairTestFailed";
  public static final String RECORD_AND_ANALYSE = "SubProcess_RecordAndAnalyse";
  public static final String RECORD = "Activity_RecordRepair";
  public static final String CLOSE = "Activity_CloseRepair";
  public static final String CHECK_REPEATED_FAULTS = "Activity_CheckRepeatedFaults";
  public static final String RAISE_PROBLEM = "Activity_RaiseProblem";
  public static final String PROBLEM_RAISED = "Event_ProblemRaised";
  public static final String NO_REPEATED_FAULT = "Event_RepairAnalysed";
  public static final String CLOSED = "Event_RepairClosed";

  private EquipmentRepairIds() {
  }
}
