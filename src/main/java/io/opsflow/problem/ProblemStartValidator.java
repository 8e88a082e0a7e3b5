package io.opsflow.problem;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The problem's start rules for starts through Camunda's REST and Tasklist. */
@Component
class ProblemStartValidator implements StartValidator {

  @Override
  public String processKey() {
    return ProblemIds.PROCESS;
  }

  @Override
  public void check(Map<String, Object> variables) {
    try {
      ProblemInput.checkStart(variables);
    } catch (ProblemInput.Refused e) {
      throw new BadRequestException(e.field, e.getMessage());
    }
  }
}
