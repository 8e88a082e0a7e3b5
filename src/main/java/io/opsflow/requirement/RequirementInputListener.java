package io.opsflow.requirement;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The requirement's input rules at its start (Tasklist start form, {@code /engine-rest}) and at
 * its tasks; a start that passes them gets the defaults of what it left out.
 */
@Component("requirementInput")
class RequirementInputListener extends InputListener {

  private final RequirementCalendar calendar;

  RequirementInputListener(RequirementCalendar calendar) {
    super("Requirement not created");
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateExecution execution) {
    super.notify(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      RequirementInput.defaults().forEach((name, value) -> {
        if (execution.getVariable(name) == null) {
          execution.setVariable(name, value);
        }
      });
    }
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    RequirementInput.checkStart(variables, calendar.today(), calendar.zone());
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    RequirementInput.checkCompletion(taskKey, variables, calendar, calendar.zone());
  }
}
