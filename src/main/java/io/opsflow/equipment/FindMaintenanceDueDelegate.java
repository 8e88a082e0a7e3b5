package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Find maintenance due" (MaintenanceSchedule): every active plan whose maintenance is due, the most overdue first. */
@Component("findMaintenanceDue")
record FindMaintenanceDueDelegate(MaintenancePlans plans) implements MaintenanceVariables.Step {

  @Override
  public void execute(MaintenanceVariables check) {
    Instant now = EngineClock.now();
    List<String> due = plans.due(now);
    check.set(CHECKED_AT, now).set(PLANS_DUE, new ArrayList<>(due)).set(MAINTENANCE_DUE, !due.isEmpty());
  }
}
