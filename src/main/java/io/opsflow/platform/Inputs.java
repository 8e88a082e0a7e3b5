package io.opsflow.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The checks OpsFlow's processes make on what people and systems hand them, each refusal a
 * {@link BadRequestException} naming the field ("impact must be one of high, low, medium, …"),
 * and the vocabulary the incident and problem records share.
 */
public final class Inputs {

  /** Impact and urgency. */
  public static final Set<String> LEVELS = Set.of("high", "medium", "low");
  /** The id of a known user, stripped, or a refusal naming the field. */
  public static String knownUser(org.camunda.bpm.engine.IdentityService identity, String field, String userId) {
    String id = userId.strip();
    if (identity.createUserQuery().userId(id).count() == 0) {
      throw refuse(field, "names no user: " + id);
    }
    return id;
  }

  /** Categories of incidents and problems. */
  public static final Set<String> CATEGORIES =
      Set.of("hardware", "software", "network", "database", "security", "access", "other");

  private static final ObjectMapper JSON = new ObjectMapper();

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
    requirePlain(field, s);
  }

  /** Text that may be left out, of at most max characters. */
  public static void maxText(Map<String, Object> variables, String field, int max) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && s.length() <= max)) {
      throw refuse(field, "must be text of at most " + max + " characters");
    }
    if (value != null) {
      requirePlain(field, (String) value);
    }
  }

  /**
   * Whether the character may stand in text people read: not a control character (newline, carriage
   * return and tab excepted), nor one that reorders what is shown (bidirectional overrides,
   * embeddings and isolates, with which "exe.txt" can be made to look like "txt.exe").
   */
  public static boolean isPlain(int c) {
    if (c == '\n' || c == '\r' || c == '\t') {
      return true;
    }
    return Character.getType(c) != Character.CONTROL && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069);
  }

  /** Refuses text holding a character that is not {@link #isPlain plain}, naming the field and the character. */
  public static void requirePlain(String field, String text) {
    text.codePoints().filter(c -> !isPlain(c)).findFirst().ifPresent(c -> {
      throw refuse(field, String.format("must not contain control characters (U+%04X)", c));
    });
  }

  /** The text without its characters that are not {@link #isPlain plain}: for what machines send (alerts). */
  public static String plainText(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder plain = new StringBuilder(text.length());
    text.codePoints().filter(Inputs::isPlain).forEach(plain::appendCodePoint);
    return plain.toString();
  }

  /** One of the allowed values, or left out. */
  public static void oneOf(Map<String, Object> variables, String field, Set<String> allowed) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof String s && allowed.contains(s))) {
      throw refuse(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList())
          + ", not '" + value + "'");
    }
  }

  /** True or false, given. */
  public static void requireFlag(Map<String, Object> variables, String field) {
    if (variables.get(field) == null) {
      throw refuse(field, "is required (true or false)");
    }
    flag(variables, field);
  }

  /** True, false, or left out. */
  public static void flag(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value != null && !(value instanceof Boolean)) {
      throw refuse(field, "must be true or false, not '" + value + "'");
    }
  }

  /**
   * A list of texts as people and systems hand it over: a list (Java callers), a Camunda
   * {@code Json} variable (what a Camunda Forms tag list submits), the JSON text of an array (how
   * {@code /engine-rest} carries a Json or Object variable), or text separated by commas or spaces
   * (a text field of a start form, which cannot offer choices). Null or absent is the empty list.
   */
  public static List<String> textList(Map<String, Object> variables, String field) {
    Object value = variables.get(field);
    if (value instanceof String text && !text.strip().startsWith("[")) { // typed: "crm-db, app-server-01"
      value = ids(text);
    }
    List<?> items = list(value, field);
    if (!items.stream().allMatch(i -> i instanceof String)) {
      throw refuse(field, "must be a list of texts, such as [\"crm-db\", \"app-server-01\"]");
    }
    List<String> texts = new ArrayList<>();
    items.forEach(item -> {
      String text = ((String) item).strip();
      if (!text.isEmpty() && !texts.contains(text)) {
        texts.add(text);
      }
    });
    return List.copyOf(texts);
  }

  /** Ids typed in one text, separated by commas, semicolons or white space: "crm-db, app-server-01". */
  public static List<String> ids(String text) {
    return split(text, "[,;\\s]+");
  }

  /** Names typed in one text, one a line or separated by commas or semicolons (a name may hold spaces). */
  public static List<String> names(String text) {
    return split(text, "[,;\\r\\n]+");
  }

  private static List<String> split(String text, String separators) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.strip().split(separators)).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * A list of objects (rows of a Camunda Forms dynamic list), handed over as for
   * {@link #textList}: a list of maps, a Json variable or JSON text. Null or absent is the empty list.
   */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> objectList(Map<String, Object> variables, String field) {
    List<?> items = list(variables.get(field), field);
    if (!items.stream().allMatch(i -> i instanceof Map)) {
      throw refuse(field, "must be a list of objects");
    }
    return (List<Map<String, Object>>) items;
  }

  private static List<?> list(Object value, String field) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof SpinJsonNode spin) {
      value = spin.toString();
    }
    if (value instanceof String text) {
      try {
        JsonNode node = text.isBlank() ? null : JSON.readTree(text);
        value = node == null ? List.of() : node.isArray() ? JSON.convertValue(node, List.class) : null;
      } catch (JsonProcessingException e) {
        value = null;
      }
    }
    if (value instanceof Collection<?> items) {
      return new ArrayList<>(items); // may hold nulls: the callers refuse them with the field named
    }
    throw refuse(field, "must be a JSON list, not '" + value + "'");
  }

  /**
   * A point in time, or null when left out: a date (Java, {@code /engine-rest} Date variables) or
   * ISO text with its offset, as a Camunda Forms datetime field submits it
   * ({@code 2026-12-05T22:00+08:00}, {@code 2026-12-05T14:00:00Z}). Text without an offset is refused:
   * which zone it meant cannot be known.
   */
  public static Instant instant(Map<String, Object> variables, String field) {
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
        try {
          LocalDateTime.parse(text.strip());
          throw refuse(field, "must carry its time zone offset, such as 2026-12-05T22:00+08:00, not '" + value + "'");
        } catch (DateTimeParseException notEvenLocal) {
          // refused below
        }
      }
    }
    throw refuse(field, "must be a date and time such as 2026-12-05T22:00+08:00, not '" + value + "'");
  }

  /** A positive ISO-8601 duration of at most the given length ({@code PT4H}, {@code P2D}), or left out. */
  public static Duration duration(Map<String, Object> variables, String field, Duration max) {
    Object value = variables.get(field);
    if (value == null) {
      return null;
    }
    try {
      Duration duration = Duration.parse(String.valueOf(value).strip());
      if (!duration.isNegative() && !duration.isZero() && duration.compareTo(max) <= 0) {
        return duration;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw refuse(field, "must be a duration such as PT4H or P2D, longer than zero and at most " + max
        + ", not '" + value + "'");
  }
}
