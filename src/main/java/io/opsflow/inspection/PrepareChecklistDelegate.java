package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Prepare checklist": registers the round and fills its checklist from the plan, a row per CI
 * and item; the group is reminded when the round is not done within the plan's time after it fell
 * due, and the operations administrators told after as long again.
 */
@Component("prepareChecklist")
record PrepareChecklistDelegate(InspectionPlans plans, InspectionRecords records) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    InspectionVariables inspection = InspectionVariables.of(execution);
    InspectionPlans.Plan plan = plans.find(inspection.get(PLAN_ID)).orElseThrow();
    Instant due = inspection.get(DUE_AT);
    Duration within = Duration.parse(plan.doneWithin());
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (InspectionPlans.Target target : plans.targets(plan)) {
      for (InspectionPlans.Item item : plan.checklist()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ci", target.id());
        row.put("ciName", target.name());
        row.put("item", item.id());
        row.put("itemName", item.name());
        rows.add(row);
        keys.add(key(target.id(), item.id()));
      }
    }
    records.register(inspection.get(INSPECTION_NUMBER), plan.planId(), execution.getProcessInstanceId(),
        plan.groupId(), due, EngineClock.now());
    inspection.set(PLAN_NAME, plan.name()).set(INSPECTION_GROUP, plan.groupId())
        .set(REMIND_AT, due.plus(within)).set(ESCALATE_AT, due.plus(within.multipliedBy(2)))
        .set(CHECKLIST, rows).set(CHECKLIST_KEYS, keys);
  }
}
