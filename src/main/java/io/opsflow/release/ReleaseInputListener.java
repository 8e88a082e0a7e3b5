package io.opsflow.release;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The release's input rules at its start (a caller's or a release manager's) and at its tasks. */
@Component("releaseInput")
class ReleaseInputListener extends InputListener {

  private final ReleaseInput input;

  ReleaseInputListener(ReleaseInput input) {
    super("Release not started");
    this.input = input;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    input.checkStart(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    input.checkCompletion(taskKey, variables);
  }
}
