package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.equipment.RepairIntake;
import io.opsflow.equipment.RepairRequest;
import io.opsflow.platform.process.EngineClock;
import org.springframework.stereotype.Component;

/**
 * "Request equipment repair": L1 or L2 found a hardware fault of the incident's CI; equipment repair
 * takes it on (the CI, the model the tier named, the incident's description, when the fault began or
 * else now) and the incident waits for it. The repair starts in this step's transaction, so a
 * failed step asks for nothing; an incident may hand over again after the repair returned it.
 */
@Component("requestEquipmentRepair")
record RequestEquipmentRepairDelegate(RepairIntake repairs, IncidentRecords records) implements IncidentVariables.Step {

  @Override
  public void execute(IncidentVariables incident) {
    String number = incident.get(INCIDENT_NUMBER);
    java.time.Instant began = incident.get(FAULT_BEGAN_AT);
    String details = incident.get(SUMMARY) + (incident.get(DESCRIPTION) == null ? "" : "\n" + incident.get(DESCRIPTION));
    String repair = repairs.openFor(number, new RepairRequest(incident.get(AFFECTED_CI), incident.get(EQUIPMENT_MODEL),
        details.length() > 4000 ? details.substring(0, 4000) : details,
        (began == null ? EngineClock.now() : began).toString())).repairNumber();
    incident.set(REPAIR_NUMBER, repair).set(REPAIR_OUTCOME, null).set(HAND_TO_REPAIR, false);
    records.event(number, "EQUIPMENT_REPAIR_REQUESTED", incident.get(CURRENT_TIER), repair, EngineClock.now());
  }
}
