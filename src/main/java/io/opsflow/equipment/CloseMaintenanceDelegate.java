package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import org.springframework.stereotype.Component;

/** "Close maintenance": keeps the review's feedback and whether the plan was adjusted. */
@Component("closeMaintenance")
record CloseMaintenanceDelegate(MaintenanceRecords records) implements MaintenanceVariables.Step {

  @Override
  public void execute(MaintenanceVariables maintenance) {
    records.close(maintenance.get(MAINTENANCE_NUMBER), maintenance.get(FEEDBACK), maintenance.get(ADJUST_PLAN));
  }
}
