package io.opsflow.platform;

import java.util.Map;

/**
 * Checks the variables a process is started with, before the engine sees them: Camunda's REST
 * reports errors of a start as 500, OpsFlow answers bad input with 400 naming the field.
 */
public interface StartValidator {

  /** The process definition key whose starts this validator checks. */
  String processKey();

  /** The variables a start may carry (the process's contract); any other is refused. */
  java.util.Set<String> startVariables();

  /** Throws {@link BadRequestException} naming the field at fault. */
  void check(Map<String, Object> variables);

  /**
   * A family's start rules as a bean, without a class of its own:
   * {@code @Bean StartValidator releaseStart(ReleaseInput input) { return StartValidator.of(ReleaseIds.PROCESS,
   * ReleaseVariables.START, input::checkStart); }}
   *
   * @param startVariables the names of the variables a start may carry
   */
  static StartValidator of(String processKey, java.util.Set<String> startVariables,
      java.util.function.Consumer<Map<String, Object>> check) {
    return new StartValidator() {
      @Override
      public String processKey() {
        return processKey;
      }

      @Override
      public java.util.Set<String> startVariables() {
        return startVariables;
      }

      @Override
      public void check(Map<String, Object> variables) {
        check.accept(variables);
      }
    };
  }
}
