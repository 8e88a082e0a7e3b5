package io.opsflow.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Points in time as every process checks and shows them: the checks {@link Inputs#instant} does
 * not make (required, ordered, whole minutes between) and the one way mails, reports and refusals
 * show a time, in the business-hours zone with the zone named ({@code 2026-06-10 09:30 Asia/Shanghai}).
 */
public final class Times {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Times() {
  }

  public static Instant required(Map<String, Object> variables, String field) {
    Instant instant = Inputs.instant(variables, field);
    if (instant == null) {
      throw Inputs.refuse(field, "is required");
    }
    return instant;
  }

  /** Refuses an end that is not after its start, naming the end's field. */
  public static void ordered(Instant start, String startField, Instant end, String endField) {
    if (start != null && end != null && !end.isAfter(start)) {
      throw Inputs.refuse(endField, "must be after " + startField);
    }
  }

  /** Whole minutes from one instant to another (rounded up: a recovery of 61 s took 2 minutes). */
  public static int minutesBetween(Instant from, Instant to) {
    long seconds = Duration.between(from, to).getSeconds();
    return (int) Math.max(0, (seconds + 59) / 60);
  }

  /** "2026-06-10 09:30 Asia/Shanghai", or "–" for no time. */
  public static String shown(Instant instant, ZoneId zone) {
    return instant == null ? "–" : SHOWN.format(instant.atZone(zone)) + " " + zone;
  }

  /** "2026-06-10 22:00 – 2026-06-11 02:00 Asia/Shanghai". */
  public static String window(Instant start, Instant end, ZoneId zone) {
    return SHOWN.format(start.atZone(zone)) + " – " + SHOWN.format(end.atZone(zone)) + " " + zone;
  }
}
