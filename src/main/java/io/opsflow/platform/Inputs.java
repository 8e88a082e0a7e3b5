package io.opsflow.platform;

import java.util.Map;
import java.util.Set;

/**
 * The checks OpsFlow's processes make on what people and systems hand them, each refusal a
 * {@link BadRequestException} naming the field ("impact must be one of high, low, medium, …"),
 * and the vocabulary the incident and problem records share.
 */
public final class Inputs {

  /** Impact and urgency. */
  public static final Set<String> LEVELS = Set.of("high", "medium", "low");
  /** Categories of incidents and problems. */
  public static final Set<String> CATEGORIES =
      Set.of("hardware", "software", "network", "database", "security", "access", "other");

  private Inputs() {
  }

  public static BadRequestException refuse(String field, String problem) {
    return new BadRequestException(field, field + " " + problem);
  }

  /** Text that must be given, of at most max characters. */
  public static void requireText(Map<String, Object> variables, String field, int max) {
    Object value = variables.get(field);
    if (!(value instanceof String s) || s.isBlank()) {
      throw refuse(field, "is required");
    }
    if (s.length() > max) {
      throw refuse(field, "is longer than " + max + " characters");
    }
  }

  /** Text that may be left out, of at most max characters. */
  public static void maxText(Map<String, Object> variables, String field, int max) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && s.length() <= max)) {
      throw refuse(field, "must be text of at most " + max + " characters");
    }
  }

  /** One of the allowed values, or left out. */
  public static void oneOf(Map<String, Object> variables, String field, Set<String> allowed) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && allowed.contains(s))) {
      throw refuse(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", not '" + value + "'");
    }
  }

  /** True, false, or left out. */
  public static void flag(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof Boolean)) {
      throw refuse(field, "must be true or false, not '" + value + "'");
    }
  }
}
