package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Prepare maintenance checklist": registers the maintenance under the plan's current version and
 * fills its checklist from the plan, a row per item maintained and checklist item.
 */
@Component("prepareMaintenance")
record PrepareMaintenanceDelegate(MaintenancePlans plans, MaintenanceRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    MaintenanceVariables maintenance = MaintenanceVariables.of(execution);
    MaintenancePlans.Plan plan = plans.find(maintenance.get(PLAN_ID)).orElseThrow();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (MaintenancePlans.Target target : plans.targets(plan)) {
      for (MaintenancePlans.Item item : plan.checklist()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ci", target.id());
        row.put("ciName", target.name());
        row.put("item", item.id());
        row.put("itemName", item.name());
        rows.add(row);
        keys.add(key(target.id(), item.id()));
      }
    }
    String number = maintenance.get(MAINTENANCE_NUMBER);
    records.register(number, plan.planId(), plan.version(), execution.getProcessInstanceId(), plan.ownerGroup(),
        maintenance.get(DUE_AT));
    maintenance.set(PLAN_NAME, plan.name()).set(PLAN_VERSION, plan.version()).set(PLAN_CYCLE, plan.cycle())
        .set(PLAN_CHECKLIST, plan.checklist().stream().map(MaintenancePlans.Item::name).collect(Collectors.joining("\n")))
        .set(MAINTENANCE_GROUP, plan.ownerGroup()).set(SUMMARY, plan.name() + " (" + plan.cycle() + ")")
        .set(CHECKLIST, rows).set(CHECKLIST_KEYS, keys);
  }
}
