package io.opsflow.requirement;

import io.opsflow.platform.Inputs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Reads the values people and systems hand the requirement process in whatever shape they come:
 * Tasklist submits lists as Json variables, REST callers as Json, java lists or text, the start
 * form a date as "2026-08-01". Knows nothing of Camunda.
 */
final class RequirementValues {

  private RequirementValues() {
  }

  /**
   * Task names: a list or a JSON array ({@link Inputs#textList}), or text with a name a line or
   * separated by commas or semicolons ({@link Inputs#names}: a task name may hold spaces).
   *
   * @throws io.opsflow.platform.BadRequestException naming the field when it is no list of texts
   */
  static List<String> taskNames(Map<String, Object> variables, String field) {
    return variables.get(field) instanceof String text && !text.strip().startsWith("[")
        ? Inputs.names(text) : Inputs.textList(variables, field);
  }

  /** A calendar day from "2026-08-01", an ISO date-time (its day), or a date; null when absent. */
  static LocalDate date(Object value, ZoneId zone) {
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = value.toString().strip();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date such as 2026-08-01: " + text, e);
    }
  }
}
