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
}
