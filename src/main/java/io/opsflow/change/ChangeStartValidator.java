package io.opsflow.change;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The RFC's rules for starts through Camunda's REST and Tasklist. */
@Component
class ChangeStartValidator implements StartValidator {

  private final ChangeInput input;

  ChangeStartValidator(ChangeInput input) {
    this.input = input;
  }

  @Override
  public String processKey() {
    return ChangeIds.PROCESS;
  }

  @Override
  public Set<String> startVariables() {
    return ChangeController.START_VARIABLES;
  }

  @Override
  public void check(Map<String, Object> variables) {
    input.checkStart(variables);
  }
}
