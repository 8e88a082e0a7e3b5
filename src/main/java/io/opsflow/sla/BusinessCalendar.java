package io.opsflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Computes SLA due dates, either on the wall clock (24x7 priorities) or in working time (the
 * business-hours calendar of P3/P4 incidents). Knows nothing of the process engine, so that the
 * rules can be tested and reasoned about on their own.
 */
@Component
@EnableConfigurationProperties(BusinessHours.class)
public class BusinessCalendar {

  /** The wall clock: every hour counts. */
  public static final String WALL_CLOCK = "24x7";
  /** Working time only, as configured in {@link BusinessHours}. */
  public static final String BUSINESS_HOURS = "business";

  private final BusinessHours hours;
  /** The length of one working day: what a "D" of an SLA target means in working time. */
  private final Duration workingDay;

  @Autowired
  public BusinessCalendar(BusinessHours hours) {
    this.hours = hours;
    this.workingDay = Duration.between(hours.start(), hours.end());
  }

  BusinessCalendar(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> days,
      Set<LocalDate> holidays) {
    this(new BusinessHours(zone, start, end, days, holidays));
  }

  /**
   * The instant a target of the given ISO-8601 duration ({@code PT15M}, {@code PT4H}, {@code P1D},
   * {@code P3D}) falls due when the clock starts at {@code start}. On the {@value #WALL_CLOCK}
   * calendar a day is 24 hours; on the {@value #BUSINESS_HOURS} calendar it is one working day and
   * only working time counts, so a ticket raised on Friday evening is not already late on Monday.
   *
   * @throws IllegalArgumentException for an unknown calendar or a missing, malformed or negative
   *     duration
   */
  public Instant due(Instant start, String isoDuration, String calendar) {
    return due(start, isoDuration, calendar, 1.0);
  }

  /**
   * The instant the given fraction ({@code 0 < fraction <= 1}) of the target is used up, e.g.
   * {@code 0.75} for the SLA warning, counted on the same calendar as the target itself so that a
   * warning never falls outside working hours when the deadline does not.
   *
   * @throws IllegalArgumentException for an unknown calendar, a missing, malformed or negative
   *     duration, or a fraction outside (0, 1]
   */
  public Instant due(Instant start, String isoDuration, String calendar, double fraction) {
    if (start == null) {
      throw new IllegalArgumentException("start must be given");
    }
    // written so that NaN fails too
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1], not " + fraction);
    }
    Target target = Target.parse(isoDuration);
    if (WALL_CLOCK.equals(calendar)) {
      return start.plus(part(target.wallClock(), fraction));
    }
    if (BUSINESS_HOURS.equals(calendar)) {
      return addWorkingTime(start, part(target.workingTime(workingDay), fraction));
    }
    throw new IllegalArgumentException("calendar must be '" + WALL_CLOCK + "' or '"
        + BUSINESS_HOURS + "', not '" + calendar + "'");
  }

  /** Whether the moment is within working hours: a working day, from opening up to (not including) closing. */
  public boolean isWorkingTime(Instant moment) {
    ZonedDateTime at = moment.atZone(hours.zone());
    return nextWorkingMoment(at).equals(at);
  }

  /**
   * The working time between two instants on the {@value #BUSINESS_HOURS} calendar: what a ticket's
   * handling time is in business hours (zero when {@code to} is not after {@code from}).
   */
  public Duration workingTime(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    ZonedDateTime cursor = nextWorkingMoment(from.atZone(hours.zone()));
    while (cursor.toInstant().isBefore(to)) {
      ZonedDateTime closing = closing(cursor.toLocalDate());
      Instant end = closing.toInstant().isBefore(to) ? closing.toInstant() : to;
      total = total.plus(Duration.between(cursor.toInstant(), end));
      cursor = opening(nextWorkingDay(cursor.toLocalDate()));
    }
    return total;
  }

  /** The first working day of the month (not a weekend day, not a holiday). */
  public LocalDate firstWorkingDay(java.time.YearMonth month) {
    LocalDate date = month.atDay(1);
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  private static Duration part(Duration whole, double fraction) {
    if (fraction == 1) {
      return whole;
    }
    double seconds = whole.getSeconds() + whole.getNano() / 1e9;
    return Duration.ofSeconds(Math.round(seconds * fraction));
  }

  private Instant addWorkingTime(Instant start, Duration work) {
    if (work.isZero()) {
      return start;
    }
    ZonedDateTime cursor = nextWorkingMoment(start.atZone(hours.zone()));
    Duration remaining = work;
    while (true) {
      ZonedDateTime closing = closing(cursor.toLocalDate());
      Duration leftToday = Duration.between(cursor, closing);
      // <=, so that a target used up exactly at closing is due at closing, not next morning
      if (remaining.compareTo(leftToday) <= 0) {
        return cursor.plus(remaining).toInstant();
      }
      remaining = remaining.minus(leftToday);
      cursor = opening(nextWorkingDay(cursor.toLocalDate()));
    }
  }

  /** The moment itself when it is within working hours, else the next opening. */
  private ZonedDateTime nextWorkingMoment(ZonedDateTime moment) {
    LocalDate date = moment.toLocalDate();
    if (isWorkingDay(date)) {
      // compare instants rather than local times, which a DST shift can make ambiguous
      if (moment.isBefore(opening(date))) {
        return opening(date);
      }
      if (moment.isBefore(closing(date))) {
        return moment;
      }
    }
    return opening(nextWorkingDay(date));
  }

  private LocalDate nextWorkingDay(LocalDate after) {
    // terminates: at least one day of the week is a working day and holidays are finitely many
    LocalDate date = after.plusDays(1);
    while (!isWorkingDay(date)) {
      date = date.plusDays(1);
    }
    return date;
  }

  private boolean isWorkingDay(LocalDate date) {
    return hours.days().contains(date.getDayOfWeek()) && !hours.holidays().contains(date);
  }

  private ZonedDateTime opening(LocalDate date) {
    return ZonedDateTime.of(date, hours.start(), hours.zone());
  }

  private ZonedDateTime closing(LocalDate date) {
    return ZonedDateTime.of(date, hours.end(), hours.zone());
  }

  /**
   * An SLA target split into its days and its time of day, since on the business calendar a day
   * is not 24 hours but one working day.
   */
  private record Target(long days, Duration time) {

    static Target parse(String iso) {
      if (iso == null || iso.isBlank()) {
        throw new IllegalArgumentException("isoDuration must be given, e.g. PT4H or P1D");
      }
      String text = iso.strip().toUpperCase(Locale.ROOT);
      try {
        Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "isoDuration '" + iso + "' is not an ISO-8601 duration such as PT4H or P1D", e);
      }
      // any minus makes the whole or a part negative: "P1DT-2H" is no sensible target either
      if (text.contains("-")) {
        throw new IllegalArgumentException("isoDuration '" + iso + "' must not be negative");
      }
      if (text.startsWith("+")) {
        text = text.substring(1);
      }
      int t = text.indexOf('T');
      String dayPart = t < 0 ? text : text.substring(0, t);
      long days = dayPart.equals("P") ? 0 : Duration.parse(dayPart).toDays();
      Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + text.substring(t));
      return new Target(days, time);
    }

    Duration wallClock() {
      return Duration.ofDays(days).plus(time);
    }

    Duration workingTime(Duration workingDay) {
      return workingDay.multipliedBy(days).plus(time);
    }
  }
}
