package io.opsflow.problem;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** What may start a problem; the API, the start validator and the engine listener all ask it. */
final class ProblemInput {

  static final Set<String> LEVELS = Set.of("high", "medium", "low");
  static final Set<String> CATEGORIES = Set.of("hardware", "software", "network", "database", "security", "access", "other");

  /** Bad input: the field at fault and what is wrong with it. */
  static final class Refused extends RuntimeException {
    final String field;

    Refused(String field, String message) {
      super(field + " " + message);
      this.field = field;
    }
  }

  private ProblemInput() {
  }

  static void checkStart(Map<String, Object> variables) {
    Object summary = variables.get(ProblemVariables.SUMMARY);
    if (!(summary instanceof String s) || s.isBlank()) {
      throw new Refused(ProblemVariables.SUMMARY, "is required");
    }
    if (s.length() > 500) {
      throw new Refused(ProblemVariables.SUMMARY, "is longer than 500 characters");
    }
    oneOf(variables, ProblemVariables.IMPACT, LEVELS);
    oneOf(variables, ProblemVariables.URGENCY, LEVELS);
    oneOf(variables, ProblemVariables.CATEGORY, CATEGORIES);
    Object incidents = variables.get(ProblemVariables.INCIDENT_NUMBERS);
    if (incidents != null && !(incidents instanceof Collection<?> || incidents instanceof String)) {
      throw new Refused(ProblemVariables.INCIDENT_NUMBERS, "must be a list of incident numbers");
    }
    if (incidents instanceof Collection<?> list
        && !list.stream().allMatch(n -> n instanceof String t && t.matches("INC-[0-9A-Z-]+"))) {
      throw new Refused(ProblemVariables.INCIDENT_NUMBERS, "must hold incident numbers such as INC-2026-000042");
    }
  }

  private static void oneOf(Map<String, Object> variables, String field, Set<String> allowed) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && allowed.contains(s))) {
      throw new Refused(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", not '" + value + "'");
    }
  }
}
