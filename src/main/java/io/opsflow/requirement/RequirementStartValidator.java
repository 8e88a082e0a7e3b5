package io.opsflow.requirement;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The requirement's start rules for starts through Camunda's REST and Tasklist. */
@Component
class RequirementStartValidator implements StartValidator {

  static final Set<String> START_VARIABLES = Set.of(RequirementVariables.TITLE, RequirementVariables.CONTENT,
      RequirementVariables.SYSTEM, RequirementVariables.URGENCY, RequirementVariables.REQUIREMENT_TYPE,
      RequirementVariables.EXPECTED_DATE);

  private final RequirementCalendar calendar;

  RequirementStartValidator(RequirementCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public String processKey() {
    return RequirementIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return START_VARIABLES;
  }

  @Override
  public void check(Map<String, Object> variables) {
    RequirementInput.checkStart(variables, calendar.today(), calendar.zone());
  }
}
