package io.opsflow.platform.process;

import java.util.HashMap;
import java.util.Map;

/**
 * The variables a typed request starts a process with, each as its process stores it, those left
 * out (null) omitted: {@code new StartVariables().with(SUMMARY, summary).with(…).map()}.
 */
public final class StartVariables {

  private final Map<String, Object> variables = new HashMap<>();

  /** Adds the value unless it is null. */
  public <T> StartVariables with(Variable<T> variable, T value) {
    if (value != null) {
      variable.put(variables, value);
    }
    return this;
  }

  /** The variables so far, a map the caller may add to. */
  public Map<String, Object> map() {
    return variables;
  }
}
