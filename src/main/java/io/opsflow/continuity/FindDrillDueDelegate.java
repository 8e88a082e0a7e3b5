package io.opsflow.continuity;

import io.opsflow.platform.EngineClock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Find drill due" (ContinuitySchedule): the plan in force whose drill is most overdue by its own
 * interval (default a quarter); none when no plan is due.
 */
@Component("findDrillDue")
class FindDrillDueDelegate implements JavaDelegate {

  private final DrPlans plans;

  FindDrillDueDelegate(DrPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> due = plans.mostOverdue(EngineClock.now());
    ScheduleVariables.of(execution).set(ScheduleVariables.DRILL_DUE, due.isPresent())
        .set(ScheduleVariables.PLAN_ID, due.orElse(null));
  }
}
