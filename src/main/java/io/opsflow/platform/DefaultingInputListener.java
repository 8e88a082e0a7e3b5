package io.opsflow.platform;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * An {@link InputListener} made of a family's rules: its start check, its task check, and the
 * defaults a start that passed gets for what it left out.
 */
public class DefaultingInputListener extends InputListener {

  private final Map<String, Object> defaults;
  private final Consumer<Map<String, Object>> startCheck;
  private final BiConsumer<String, Map<String, Object>> completionCheck;

  /**
   * @param defaults the value of each start variable left out (null)
   * @param startCheck throws {@link io.opsflow.platform.BadRequestException} naming the field
   * @param completionCheck the same for a task's key and what completes it
   */
  protected DefaultingInputListener(String refusedStart, Map<String, Object> defaults,
      Consumer<Map<String, Object>> startCheck, BiConsumer<String, Map<String, Object>> completionCheck) {
    super(refusedStart);
    this.defaults = defaults;
    this.startCheck = startCheck;
    this.completionCheck = completionCheck;
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

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    startCheck.accept(variables);
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    completionCheck.accept(taskKey, variables);
  }
}
