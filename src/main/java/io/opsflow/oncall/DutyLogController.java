package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The duty log (值班记录), searchable: {@code GET /api/oncall/log?from=&to=&team=&q=} lists the
 * handovers of the shifts that overlap from–to (a day such as 2026-12-06 in the business-hours
 * zone, or a time with its offset; a day as {@code to} counts whole; by default the last 7 days), of
 * one team, whose texts hold q. Read by the support tiers, the incident managers and the operations
 * administrators; 400 naming the field for a bad time, from after to or a span over a year.
 */
@RestController
record DutyLogController(DutyLogRecords records, IdentityService identity, BusinessHours hours) {

  static final Duration LONGEST_SPAN = Duration.ofDays(366);

  /** The handovers found, newest first. */
  record Log(Instant from, Instant to, String team, String q, int count, List<DutyLogRecords.Entry> handovers) {
  }

  @GetMapping("/api/oncall/log")
  Log log(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String team, @RequestParam(required = false) String q) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !Roles.anyOf(caller.getGroupIds(), Roles.DUTY_LOG_READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "only the support tiers, incident managers and operations administrators read the duty log");
    }
    Instant end = blank(to) ? EngineClock.now() : time("to", to, true);
    Instant start = blank(from) ? end.minus(Duration.ofDays(7)) : time("from", from, false);
    if (!end.isAfter(start)) {
      throw Inputs.refuse("to", "must be after from");
    }
    if (Duration.between(start, end).compareTo(LONGEST_SPAN) > 0) {
      throw Inputs.refuse("to", "lies more than 366 days after from: search a year at most");
    }
    String words = blank(q) ? null : q.strip();
    if (words != null) {
      Inputs.requireText(Map.of("q", words), "q", 200);
    }
    String group = blank(team) ? null : team.strip();
    List<DutyLogRecords.Entry> found = records.search(start, end, group, words);
    return new Log(start, end, group, words, found.size(), found);
  }

  /** A day (its start; the next day's for the end of a span) or a time with its offset. */
  private Instant time(String field, String text, boolean end) {
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (end ? day.plusDays(1) : day).atStartOfDay(hours.zone()).toInstant();
    } catch (DateTimeParseException notADay) {
      return Inputs.instant(Map.of(field, text), field);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
