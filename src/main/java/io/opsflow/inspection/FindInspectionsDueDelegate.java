package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Find inspections due" (InspectionSchedule): every active plan whose round is due, the most overdue first. */
@Component("findInspectionsDue")
record FindInspectionsDueDelegate(InspectionPlans plans) implements InspectionVariables.Step {

  @Override
  public void execute(InspectionVariables check) {
    Instant now = EngineClock.now();
    List<String> due = plans.due(now);
    check.set(CHECKED_AT, now).set(PLANS_DUE, new ArrayList<>(due)).set(INSPECTION_DUE, !due.isEmpty());
  }
}
