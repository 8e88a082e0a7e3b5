package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import org.springframework.stereotype.Component;

/**
 * "Adjust maintenance plan": the plan's next version with the cycle and checklist the reviewer gave
 * (the previous version is kept); its next due time stays as the schedule set it.
 */
@Component("adjustMaintenancePlan")
record AdjustMaintenancePlanDelegate(MaintenancePlans plans) implements MaintenanceVariables.Step {

  @Override
  public void execute(MaintenanceVariables maintenance) {
    MaintenancePlans.Plan plan = plans.find(maintenance.get(PLAN_ID)).orElseThrow();
    plans.revise(new MaintenancePlans.Plan(plan.planId(), plan.version(), plan.name(), plan.ciType(), plan.ciId(),
        maintenance.get(ADJUSTED_CYCLE), MaintenanceInput.checklist(maintenance.get(ADJUSTED_CHECKLIST)), plan.parts(),
        plan.ownerGroup(), null, plan.active()), plan.version(), maintenance.get(COMPLETED_BY),
        "feedback of " + maintenance.get(MAINTENANCE_NUMBER) + ": " + maintenance.get(FEEDBACK));
  }
}
