package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.problem.ProblemIntake;
import io.opsflow.problem.ProblemRequest;
import org.springframework.stereotype.Component;

/**
 * "Raise problem record": the equipment or its model fails again and again, so problem management
 * looks for the cause: a hardware problem on the equipment's configuration item, its impact that of
 * the most critical service depending on it (else the equipment's own criticality). Raised once: a
 * retried job finds the problem's number on the repair.
 */
@Component("raiseRepairProblem")
record RaiseRepairProblemDelegate(ProblemIntake problems, RepairRecords records)
    implements EquipmentRepairVariables.Step {

  @Override
  public void execute(EquipmentRepairVariables repair) {
    if (repair.get(PROBLEM_NUMBER) != null) {
      return;
    }
    String number = repair.get(REPAIR_NUMBER);
    String ci = repair.get(EQUIPMENT_CI);
    String impact = "none".equals(repair.get(SERVICE_CRITICALITY)) ? repair.get(EQUIPMENT_CRITICALITY)
        : repair.get(SERVICE_CRITICALITY);
    String problem = problems.record(new ProblemRequest(
        "Repeated faults of " + ci + " (" + repair.get(MODEL) + ") / 设备重复故障",
        "Repair " + number + ": " + repair.get(SAME_ITEM_FAULTS) + " faults of " + ci + " and "
            + repair.get(SAME_MODEL_FAULTS) + " of the model " + repair.get(MODEL)
            + " within the recurrence window. Last cause: " + repair.get(FAULT_CAUSE),
        "hardware", ci, null, impact, "medium", null)).problemNumber();
    repair.set(PROBLEM_NUMBER, problem);
    records.problemRaised(number, problem, EngineClock.now());
  }
}
