package io.opsflow.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The working hours of the business-hours SLA calendar ({@code opsflow.business-hours}): work runs
 * from {@code start} to {@code end} in {@code zone} on the given {@code days}, except on
 * {@code holidays}.
 */
@ConfigurationProperties("opsflow.business-hours")
public record BusinessHours(ZoneId zone, LocalTime start, LocalTime end, Set<DayOfWeek> days, Set<LocalDate> holidays) {

  public BusinessHours {
    // refuse a broken calendar at startup rather than computing nonsense due dates later
    if (zone == null) {
      throw new IllegalArgumentException("opsflow.business-hours.zone must be set");
    }
    if (start == null || end == null) {
      throw new IllegalArgumentException("opsflow.business-hours.start and .end must be set");
    }
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "opsflow.business-hours.start (" + start + ") must be before end (" + end + ")");
    }
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("opsflow.business-hours.days must name at least one day");
    }
    days = Set.copyOf(days);
    holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
  }
}
