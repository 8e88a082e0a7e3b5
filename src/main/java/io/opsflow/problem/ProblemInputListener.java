package io.opsflow.problem;

import io.opsflow.incident.DefaultingInputListener;
import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The problem's input rules at its starts (the incident's message, Tasklist, {@code /engine-rest}):
 * a start with bad input is refused naming the field; one that passes gets the defaults of what it
 * left out. The same rules check starts through Camunda's REST before the engine sees them.
 */
@Component("problemInput")
class ProblemInputListener extends DefaultingInputListener {

  ProblemInputListener() {
    super("Problem not started", ProblemInput.DEFAULTS);
  }

  @Bean
  static StartValidator problemStart() {
    return StartValidator.of(ProblemIds.PROCESS, ProblemVariables.START, ProblemInput::checkStart);
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    ProblemInput.checkStart(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    // the problem's tasks take what their forms offer
  }
}
