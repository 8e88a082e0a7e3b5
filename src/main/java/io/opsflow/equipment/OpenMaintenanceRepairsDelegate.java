package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Open repairs for findings": one EquipmentRepair (RepairIntake, as any fault report) per item with
 * a finding, its fault the findings' notes; the REP numbers are kept on the maintenance.
 */
@Component("openMaintenanceRepairs")
record OpenMaintenanceRepairsDelegate(RepairIntake intake, MaintenanceRecords records, Cmdb cmdb)
    implements MaintenanceVariables.Step {

  @Override
  public void execute(MaintenanceVariables maintenance) {
    Map<String, List<Map<String, Object>>> byItem = maintenance.get(CHECKLIST).stream()
        .filter(row -> "finding".equals(row.get("status")))
        .collect(Collectors.groupingBy(row -> (String) row.get("ci"), LinkedHashMap::new, Collectors.toList()));
    List<String> repairs = new ArrayList<>();
    byItem.forEach((ci, rows) -> {
      String findings = rows.stream().map(row -> row.get("itemName") + ": " + row.get("note"))
          .collect(Collectors.joining("\n"));
      String model = cmdb.find(ci).map(Cmdb.Item::name).orElse(ci);
      repairs.add(intake.open(new RepairRequest(ci, model, "Preventive maintenance " + maintenance.get(MAINTENANCE_NUMBER)
          + " found / 预防性维护发现:\n" + findings, EngineClock.now().toString())).repairNumber());
    });
    records.recordRepairs(maintenance.get(MAINTENANCE_NUMBER), String.join(", ", repairs));
    maintenance.set(REPAIR_NUMBERS, repairs);
  }
}
