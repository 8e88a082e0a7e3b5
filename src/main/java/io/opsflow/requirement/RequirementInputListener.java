package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.REQUIREMENT_TYPE;
import static io.opsflow.requirement.RequirementVariables.URGENCY;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
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
      RequirementVariables requirement = RequirementVariables.of(execution);
      if (requirement.get(URGENCY) == null) {
        requirement.set(URGENCY, RequirementInput.DEFAULT_URGENCY);
      }
      if (requirement.get(REQUIREMENT_TYPE) == null) {
        requirement.set(REQUIREMENT_TYPE, RequirementInput.DEFAULT_TYPE);
      }
    }
  }

  /** The same start rules for starts through Camunda's REST and Tasklist, answered with 400 naming the field. */
  @Bean
  StartValidator requirementStart() {
    return StartValidator.of(RequirementIds.PROCESS, RequirementVariables.START,
        variables -> RequirementInput.checkStart(variables, calendar.today(), calendar.zone()));
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
