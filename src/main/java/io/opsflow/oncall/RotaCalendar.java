package io.opsflow.oncall;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Shifts as an iCalendar (RFC 5545): one VEVENT per shift, its UID the shift's id (a rota written
 * again gives new ids, so a calendar drops the old events), times in UTC, the summary in English and
 * Chinese; lines end in CRLF and are folded at 75 octets.
 */
final class RotaCalendar {

  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private RotaCalendar() {
  }

  static String of(List<OnCallRota.Shift> shifts, Instant now) {
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//OpsFlow//On-call rota//EN");
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    line(ics, "X-WR-CALNAME:" + text("On-call duty / 值班"));
    for (OnCallRota.Shift shift : shifts) {
      line(ics, "BEGIN:VEVENT");
      line(ics, "UID:" + shift.shiftId() + "@opsflow");
      line(ics, "DTSTAMP:" + UTC.format(now));
      line(ics, "DTSTART:" + UTC.format(shift.startsAt()));
      line(ics, "DTEND:" + UTC.format(shift.endsAt()));
      line(ics, "SUMMARY:" + text("On call for " + shift.team() + " / " + shift.team() + " 值班"));
      line(ics, "DESCRIPTION:" + text("Team " + shift.team() + ". OpsFlow pages you for urgent incidents. / 团队 "
          + shift.team() + "。紧急事件时 OpsFlow 会呼叫您。"));
      line(ics, "END:VEVENT");
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
  static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Appends the content line, folded so that no line is longer than 75 octets (a fold never splits a character). */
  static void line(StringBuilder ics, String content) {
    int octets = 0;
    int limit = 75;
    for (int i = 0; i < content.length(); ) {
      int cp = content.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > limit) {
        ics.append("\r\n ");
        octets = 1;
      }
      ics.appendCodePoint(cp);
      octets += size;
      i += Character.charCount(cp);
    }
    ics.append("\r\n");
  }
}
