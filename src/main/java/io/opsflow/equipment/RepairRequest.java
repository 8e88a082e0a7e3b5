package io.opsflow.equipment;

import io.opsflow.platform.process.StartVariables;
import java.util.Map;

/**
 * What opens an equipment repair, whoever reports the fault: the typed way into the process.
 *
 * @param equipment the configuration item's id, or the asset number one of them carries
 * @param occurredAt when the fault happened, ISO with its offset ({@code 2026-12-05T22:00+08:00}); not in the future
 */
public record RepairRequest(String equipment, String model, String faultDetails, String occurredAt) {

  /** The process's start variables, those left out omitted (the time as given: the start check reads it). */
  Map<String, Object> variables() {
    Map<String, Object> variables = new StartVariables().with(EquipmentRepairVariables.EQUIPMENT, equipment)
        .with(EquipmentRepairVariables.MODEL, model).with(EquipmentRepairVariables.FAULT_DETAILS, faultDetails).map();
    if (occurredAt != null) {
      variables.put(EquipmentRepairVariables.OCCURRED_AT.name(), occurredAt);
    }
    return variables;
  }
}
