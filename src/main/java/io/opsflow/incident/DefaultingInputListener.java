package io.opsflow.incident;

import io.opsflow.platform.InputListener;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * An {@link InputListener} whose start, once its input passed, also gets the defaults of what it
 * left out. The incident's and the problem's listeners; a candidate for platform/InputListener.
 */
public abstract class DefaultingInputListener extends InputListener {

  private final Map<String, Object> defaults;

  /** @param defaults the value of each start variable left out (null) */
  protected DefaultingInputListener(String refusedStart, Map<String, Object> defaults) {
    super(refusedStart);
    this.defaults = defaults;
  }

  @Override
  public void notify(DelegateExecution execution) {
    super.notify(execution);
    if (EVENTNAME_START.equals(execution.getEventName())) {
      defaults.forEach((name, value) -> {
        if (execution.getVariable(name) == null) {
          execution.setVariable(name, value);
        }
      });
    }
  }
}
