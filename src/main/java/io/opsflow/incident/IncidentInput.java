package io.opsflow.incident;

import java.util.Map;
import java.util.Set;

/**
 * The rules for what may start an incident and complete its tasks. Knows nothing of Camunda:
 * the REST API, the engine's start listener and the task listener all ask it, and each turns a
 * refusal into its own 400 answer naming the field.
 */
final class IncidentInput {

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

  private IncidentInput() {
  }

  /** Checks the start variables; impact, urgency and category may be left out (see {@link #defaults}). */
  static void checkStart(Map<String, Object> variables) {
    Object summary = variables.get(IncidentVariables.SUMMARY);
    if (!(summary instanceof String s) || s.isBlank()) {
      throw new Refused(IncidentVariables.SUMMARY, "is required");
    }
    if (s.length() > 500) {
      throw new Refused(IncidentVariables.SUMMARY, "is longer than 500 characters");
    }
    checkOneOf(variables, IncidentVariables.IMPACT, LEVELS);
    checkOneOf(variables, IncidentVariables.URGENCY, LEVELS);
    checkOneOf(variables, IncidentVariables.CATEGORY, CATEGORIES);
    checkText(variables, IncidentVariables.DESCRIPTION, 4000);
    checkText(variables, IncidentVariables.AFFECTED_CI, 200);
    checkText(variables, IncidentVariables.REPORTER, 64);
  }

  /** Checks what a person enters to complete a tier or confirmation task. */
  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    checkText(variables, IncidentVariables.RESOLUTION_NOTES, 4000);
    switch (taskKey) {
      case IncidentIds.RESOLVE_AT_TIER -> {
        checkBoolean(variables, IncidentVariables.ESCALATE);
        if (!Boolean.TRUE.equals(variables.get(IncidentVariables.ESCALATE))) {
          requireText(variables, IncidentVariables.RESOLUTION_NOTES);
        }
      }
      case IncidentIds.RESOLVE_BREACHED_INCIDENT -> requireText(variables, IncidentVariables.RESOLUTION_NOTES);
      case IncidentIds.TRY_FIRST_CONTACT_RESOLUTION -> {
        checkBoolean(variables, IncidentVariables.RESOLVED_AT_FIRST_CONTACT);
        if (Boolean.TRUE.equals(variables.get(IncidentVariables.RESOLVED_AT_FIRST_CONTACT))) {
          requireText(variables, IncidentVariables.RESOLUTION_NOTES);
        }
      }
      case IncidentIds.CONFIRM_RESOLUTION -> {
        checkBoolean(variables, IncidentVariables.CONFIRMED);
        Object satisfaction = variables.get(IncidentVariables.SATISFACTION);
        if (satisfaction != null && !(satisfaction instanceof Number n && n.doubleValue() == n.intValue()
            && n.intValue() >= 1 && n.intValue() <= 5)) {
          throw new Refused(IncidentVariables.SATISFACTION, "must be a whole number from 1 to 5, not " + satisfaction);
        }
        if (Boolean.TRUE.equals(variables.get(IncidentVariables.CONFIRMED)) && satisfaction == null) {
          throw new Refused(IncidentVariables.SATISFACTION, "is required when the reporter confirms (1 to 5)");
        }
      }
      default -> {
      }
    }
  }

  /** What an incident reported without them is taken to be: medium impact and urgency, category other. */
  static Map<String, Object> defaults() {
    return Map.of(IncidentVariables.IMPACT, "medium", IncidentVariables.URGENCY, "medium",
        IncidentVariables.CATEGORY, "other", IncidentVariables.MAJOR, false);
  }

  private static void checkOneOf(Map<String, Object> variables, String field, Set<String> allowed) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && allowed.contains(s))) {
      throw new Refused(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", not '" + value + "'");
    }
  }

  private static void checkText(Map<String, Object> variables, String field, int maxLength) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && s.length() <= maxLength)) {
      throw new Refused(field, "must be text of at most " + maxLength + " characters");
    }
  }

  private static void checkBoolean(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof Boolean)) {
      throw new Refused(field, "must be true or false, not '" + value + "'");
    }
  }

  private static void requireText(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (!(value instanceof String s) || s.isBlank()) {
      throw new Refused(field, "is required");
    }
  }
}
