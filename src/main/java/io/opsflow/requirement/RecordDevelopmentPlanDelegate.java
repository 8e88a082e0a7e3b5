package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record development plan": writes the confirmed assessment and the planned tasks to the
 * requirement, and lists the task names as a java list, the collection the development branches
 * run over (the plan itself arrives as JSON, which a multi-instance cannot iterate).
 */
@Component("recordDevelopmentPlan")
class RecordDevelopmentPlanDelegate implements JavaDelegate {

  private final RequirementRecords records;
  private final RequirementCalendar calendar;

  RecordDevelopmentPlanDelegate(RequirementRecords records, RequirementCalendar calendar) {
    this.records = records;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequirementVariables requirement = RequirementVariables.of(execution);
    String number = requirement.get(REQUIREMENT_NUMBER);
    List<RequirementInput.PlannedTask> plan = RequirementInput.plan(requirement.get(DEV_TASKS), calendar, calendar.zone());
    records.assessed(number, requirement.assessment(calendar.zone()));
    records.planned(number, plan, EngineClock.now());
    requirement.set(PLANNED_TASKS, new ArrayList<>(plan.stream().map(RequirementInput.PlannedTask::name).toList()));
  }
}
