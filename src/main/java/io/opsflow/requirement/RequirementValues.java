package io.opsflow.requirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Reads the values people and systems hand the requirement process in whatever shape they come:
 * Tasklist submits lists and objects as Json variables (Spin), REST callers as Json, java
 * objects or text, the start form a date as "2026-08-01". Knows nothing of Camunda: a Spin
 * node is read through its JSON text.
 */
final class RequirementValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RequirementValues() {
  }

  /** A list of names: a collection, a JSON array, or text separated by commas or lines; never null. */
  static List<String> names(Object value) {
    List<String> names = new ArrayList<>();
    if (value == null) {
      return names;
    }
    if (value instanceof Collection<?> list) {
      list.forEach(n -> names.add(String.valueOf(n).strip()));
    } else if (value instanceof String text && !text.strip().startsWith("[")) {
      for (String n : text.split("[,\\n]")) {
        names.add(n.strip());
      }
    } else {
      JsonNode node = json(value);
      if (!node.isArray()) {
        throw new IllegalArgumentException("not a list");
      }
      node.forEach(n -> names.add(n.isTextual() ? n.asText().strip() : n.toString()));
    }
    names.removeIf(String::isBlank);
    return names;
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

  private static JsonNode json(Object value) {
    try {
      return JSON.readTree(value instanceof String s ? s : value.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
  }
}
