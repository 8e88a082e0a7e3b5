package io.opsflow.change;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The change's input rules at its two starts (an RFC, a problem's request) and at its tasks. */
@Component("changeInput")
class ChangeInputListener extends InputListener {

  private final ChangeInput input;

  ChangeInputListener(ChangeInput input) {
    super("Change not requested");
    this.input = input;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    if (ChangeIds.REQUESTED_BY_PROBLEM.equals(startEventId)) {
      input.checkRequestFromProblem(variables);
    } else {
      input.checkStart(variables);
    }
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    input.checkCompletion(taskKey, variables);
  }
}
