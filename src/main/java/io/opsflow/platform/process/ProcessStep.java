package io.opsflow.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A delegate given its process's variables accessor instead of the raw execution. Each family's
 * accessor offers it as {@code Step}:
 * {@code record EscalateIncidentDelegate(IncidentRecords records) implements IncidentVariables.Step}
 * with {@code public void execute(IncidentVariables incident)}.
 *
 * @param <V> the family's accessor
 */
public interface ProcessStep<V extends ProcessVariables<V>> extends JavaDelegate {

  /** The accessor over the execution (the family's {@code Step} gives it). */
  V variables(DelegateExecution execution);

  void execute(V variables) throws Exception;

  @Override
  default void execute(DelegateExecution execution) throws Exception {
    execute(variables(execution));
  }
}
