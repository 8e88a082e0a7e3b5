package io.opsflow.continuity;

import static io.opsflow.continuity.ScheduleVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Find drills due" (ContinuitySchedule): every plan in force whose drill is due by its own
 * interval (default a quarter), the most overdue first; none when no plan is due.
 */
@Component("findDrillsDue")
record FindDrillsDueDelegate(DrPlans plans) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = EngineClock.now();
    List<String> due = plans.due(now);
    ScheduleVariables.of(execution).set(CHECKED_AT, now).set(PLANS_DUE, new ArrayList<>(due))
        .set(DRILL_DUE, !due.isEmpty());
  }
}
