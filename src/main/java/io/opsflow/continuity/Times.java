package io.opsflow.continuity;

import io.opsflow.platform.Inputs;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/**
 * Points in time as people and systems hand them over: a {@link Date} (a typed REST variable) or
 * ISO 8601 text with its offset, as Tasklist's date-time fields send it ({@code 2026-03-07T01:00Z},
 * {@code 2026-03-07T09:00+08:00}). Text without an offset is refused: a recovery measured in the
 * wrong time zone is off by hours.
 */
final class Times {

  private Times() {
  }

  /** The field's instant, or null when it is left out; a refusal names the field. */
  static Instant optional(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof String text) {
      try {
        return OffsetDateTime.parse(text.strip()).toInstant();
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw Inputs.refuse(field, "must be a date and time with its offset, such as 2026-03-07T09:00+08:00, not '"
        + value + "'");
  }

  static Instant required(Map<String, Object> variables, String field) {
    Instant instant = optional(variables, field);
    if (instant == null) {
      throw Inputs.refuse(field, "is required");
    }
    return instant;
  }

  /** Refuses an end that is not after its start, naming the end's field. */
  static void ordered(Instant start, String startField, Instant end, String endField) {
    if (start != null && end != null && !end.isAfter(start)) {
      throw Inputs.refuse(endField, "must be after " + startField);
    }
  }

  /** Whole minutes from one instant to another (rounded up: a recovery of 61 s took 2 minutes). */
  static int minutesBetween(Instant from, Instant to) {
    long seconds = java.time.Duration.between(from, to).getSeconds();
    return (int) Math.max(0, (seconds + 59) / 60);
  }
}
