package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** "Record maintenance": keeps the checklist results, parts used and readings; any finding leads to repair. */
@Component("recordMaintenance")
record RecordMaintenanceDelegate(MaintenanceRecords records) implements MaintenanceVariables.Step {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void execute(MaintenanceVariables maintenance) throws JsonProcessingException {
    records.recordResults(maintenance.get(MAINTENANCE_NUMBER), JSON.writeValueAsString(maintenance.get(CHECKLIST)),
        maintenance.get(PARTS_USED), maintenance.get(READINGS), maintenance.get(COMPLETED_BY));
    maintenance.set(FINDING_FOUND, maintenance.get(CHECKLIST).stream().anyMatch(row -> "finding".equals(row.get("status"))));
  }
}
