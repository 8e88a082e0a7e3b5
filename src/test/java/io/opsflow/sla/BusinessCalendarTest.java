package io.opsflow.sla;

import static io.opsflow.sla.BusinessCalendar.BUSINESS_HOURS;
import static io.opsflow.sla.BusinessCalendar.WALL_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * SLA due dates on the wall clock and in business hours (Asia/Shanghai, 09:00-18:00, Monday to
 * Friday). All times below are local Shanghai times; in November 2026 the 27th is a Friday.
 */
class BusinessCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  // New Year (a Thursday) and National Day: Thursday, Friday and the Monday after the weekend
  private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.parse("2026-01-01"),
      LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"));

  private final BusinessCalendar calendar = new BusinessCalendar(SHANGHAI, LocalTime.of(9, 0),
      LocalTime.of(18, 0), WEEKDAYS, HOLIDAYS);

  /** A local date-time in Shanghai, e.g. {@code at("2026-11-27T16:00")}. */
  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private Instant business(String start, String duration) {
    return calendar.due(at(start), duration, BUSINESS_HOURS);
  }

  /** On-call paging asks whether an incident arrives in working time: opening counts, closing does not. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: working time {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "2026-11-27T09:00, true", "2026-11-27T17:59, true", "2026-11-27T18:00, false", "2026-11-27T08:59, false",
      "2026-11-28T11:00, false", "2026-10-01T11:00, false"})
  void workingTimeIsAWorkingDayBetweenOpeningAndClosing(String local, boolean working) {
    assertThat(calendar.isWorkingTime(at(local))).isEqualTo(working);
  }

  // --- working time between two instants (fault handling time in business hours) ---

  @ParameterizedTest(name = "{0} to {1}: {2} min")
  @org.junit.jupiter.params.provider.CsvSource({
      "2026-11-27T10:00, 2026-11-27T11:30, 90",   // within one working day
      "2026-11-27T16:00, 2026-11-30T10:00, 180",  // Friday afternoon over the weekend to Monday morning
      "2026-11-27T19:00, 2026-11-30T08:00, 0",    // reported after closing, resolved before opening
      "2026-11-27T08:00, 2026-11-27T09:00, 0",    // before opening: the clock starts at 09:00
      "2026-11-27T17:00, 2026-11-27T20:00, 60",   // counts until closing only
      "2026-09-30T17:00, 2026-10-06T10:00, 120",  // National Day holidays and a weekend in between
      "2026-11-27T12:00, 2026-11-27T11:00, 0"})   // resolved before reported: nothing
  void workingTimeCountsOnlyOpeningHours(String from, String to, long minutes) {
    assertThat(calendar.workingTime(at(from), at(to)).toMinutes()).isEqualTo(minutes);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "2026-11, 2026-11-02",  // the 1st is a Sunday
      "2026-10, 2026-10-06",  // National Day holidays, then the weekend, then another holiday
      "2026-12, 2026-12-01"}) // a Tuesday
  void theFirstWorkingDaySkipsWeekendsAndHolidays(String month, String day) {
    assertThat(calendar.firstWorkingDay(java.time.YearMonth.parse(month))).isEqualTo(LocalDate.parse(day));
  }

  // --- the wall clock ---

  @Test
  void wallClockAddsPlainHoursAcrossMidnight() {
    // given a Friday night
    Instant start = at("2026-11-27T22:00");

    // when / then
    assertThat(calendar.due(start, "PT4H", WALL_CLOCK)).isEqualTo(at("2026-11-28T02:00"));
  }

  @Test
  void wallClockCountsWeekendsAndTakesADayAs24Hours() {
    assertThat(calendar.due(at("2026-11-27T22:00"), "P3D", WALL_CLOCK))
        .isEqualTo(at("2026-11-30T22:00"));
    assertThat(calendar.due(at("2026-11-27T22:00"), "P1D", WALL_CLOCK))
        .isEqualTo(at("2026-11-28T22:00"));
  }

  @Test
  void wallClockIgnoresHolidays() {
    assertThat(calendar.due(at("2026-10-01T10:00"), "PT15M", WALL_CLOCK))
        .isEqualTo(at("2026-10-01T10:15"));
  }

  @Test
  void wallClockFractionIsThatShareOfTheTarget() {
    assertThat(calendar.due(at("2026-11-27T22:00"), "PT4H", WALL_CLOCK, 0.75))
        .isEqualTo(at("2026-11-28T01:00"));
  }

  // --- business hours: within and across days ---

  @Test
  void businessHoursWithinOneDayAddPlainHours() {
    assertThat(business("2026-11-24T10:00", "PT4H")).isEqualTo(at("2026-11-24T14:00"));
  }

  @Test
  void businessHoursPastClosingContinueNextMorning() {
    // given Tuesday 16:00: two hours today, two more on Wednesday from 09:00
    assertThat(business("2026-11-24T16:00", "PT4H")).isEqualTo(at("2026-11-25T11:00"));
  }

  @Test
  void fridayAfternoonSpillsOverTheWeekendIntoMonday() {
    assertThat(business("2026-11-27T16:00", "PT4H")).isEqualTo(at("2026-11-30T11:00"));
  }

  @Test
  void aTargetUsedUpExactlyAtClosingIsDueAtClosingNotNextMorning() {
    assertThat(business("2026-11-24T14:00", "PT4H")).isEqualTo(at("2026-11-24T18:00"));
    assertThat(business("2026-11-24T09:00", "P1D")).isEqualTo(at("2026-11-24T18:00"));
  }

  @Test
  void minutesAreWorkingMinutes() {
    assertThat(business("2026-11-24T17:50", "PT15M")).isEqualTo(at("2026-11-25T09:05"));
  }

  // --- business hours: holidays ---

  @Test
  void aHolidayIsSkipped() {
    // given New Year's Eve, a Wednesday, with New Year's Day a holiday
    assertThat(business("2025-12-31T16:00", "PT4H")).isEqualTo(at("2026-01-02T11:00"));
  }

  @Test
  void aHolidayOnTheMondayAfterAWeekendIsSkippedToo() {
    // given Wednesday before National Day: Thursday, Friday, the weekend and Monday are off
    assertThat(business("2026-09-30T16:00", "PT4H")).isEqualTo(at("2026-10-06T11:00"));
  }

  @Test
  void aTicketRaisedOnAHolidayStartsCountingOnTheNextWorkingDay() {
    assertThat(business("2026-10-01T10:00", "PT1H")).isEqualTo(at("2026-10-06T10:00"));
  }

  // --- business hours: starting outside working hours ---

  @Test
  void aStartBeforeOpeningCountsFromOpening() {
    assertThat(business("2026-11-24T07:30", "PT1H")).isEqualTo(at("2026-11-24T10:00"));
  }

  @Test
  void aStartAfterClosingCountsFromNextOpening() {
    assertThat(business("2026-11-24T19:00", "PT1H")).isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  void aStartExactlyAtClosingCountsFromNextOpening() {
    assertThat(business("2026-11-24T18:00", "PT1H")).isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  void aStartExactlyAtOpeningCountsFromThen() {
    assertThat(business("2026-11-24T09:00", "PT1H")).isEqualTo(at("2026-11-24T10:00"));
  }

  @Test
  void aStartOnSaturdayCountsFromMondayOpening() {
    assertThat(business("2026-11-28T10:00", "PT1H")).isEqualTo(at("2026-11-30T10:00"));
  }

  @Test
  void aStartAfterClosingOnFridayCountsFromMondayOpening() {
    assertThat(business("2026-11-27T20:00", "PT4H")).isEqualTo(at("2026-11-30T13:00"));
  }

  // --- business hours: days are working days ---

  @Test
  void oneDayIsTheSameClockTimeOnTheNextWorkingDay() {
    assertThat(business("2026-11-24T14:30", "P1D")).isEqualTo(at("2026-11-25T14:30"));
    assertThat(business("2026-11-27T14:30", "P1D")).isEqualTo(at("2026-11-30T14:30"));
  }

  @Test
  void threeDaysAreThreeWorkingDaysSkippingTheWeekend() {
    // given Wednesday 10:00: Thursday, Friday, Monday
    assertThat(business("2026-11-25T10:00", "P3D")).isEqualTo(at("2026-11-30T10:00"));
  }

  @Test
  void daysAndHoursAddUpInWorkingTime() {
    // given Tuesday 10:00 and 9 + 2 = 11 working hours: 8 on Tuesday, 3 on Wednesday
    assertThat(business("2026-11-24T10:00", "P1DT2H")).isEqualTo(at("2026-11-25T12:00"));
  }

  // --- fractions (SLA warnings) ---

  @Test
  void threeQuartersOfFourHoursAreThreeWorkingHours() {
    assertThat(calendar.due(at("2026-11-24T10:00"), "PT4H", BUSINESS_HOURS, 0.75))
        .isEqualTo(at("2026-11-24T13:00"));
    assertThat(calendar.due(at("2026-11-24T16:00"), "PT4H", BUSINESS_HOURS, 0.75))
        .isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  void threeQuartersOfADayAreSixHours45WorkingMinutesAcrossTheNight() {
    // given Tuesday 14:00: 4 hours today, 2 h 45 min on Wednesday
    assertThat(calendar.due(at("2026-11-24T14:00"), "P1D", BUSINESS_HOURS, 0.75))
        .isEqualTo(at("2026-11-25T11:45"));
  }

  @Test
  void theWholeTargetIsFractionOne() {
    assertThat(calendar.due(at("2026-11-24T10:00"), "PT4H", BUSINESS_HOURS, 1.0))
        .isEqualTo(business("2026-11-24T10:00", "PT4H"));
  }

  // --- zero, other zones ---

  @Test
  void aZeroTargetIsDueAtTheStartEvenOutsideWorkingHours() {
    Instant saturday = at("2026-11-28T10:00");
    assertThat(calendar.due(saturday, "PT0S", BUSINESS_HOURS)).isEqualTo(saturday);
    assertThat(calendar.due(saturday, "P0D", WALL_CLOCK)).isEqualTo(saturday);
  }

  @Test
  void workingHoursFollowTheLocalClockAcrossADaylightSavingChange() {
    // given Berlin, whose clocks go forward on Sunday 29 March 2026
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar berlinCalendar = new BusinessCalendar(berlin, LocalTime.of(9, 0),
        LocalTime.of(18, 0), WEEKDAYS, Set.of());
    Instant fridayAfternoon = LocalDateTime.parse("2026-03-27T16:00").atZone(berlin).toInstant();

    // when
    Instant due = berlinCalendar.due(fridayAfternoon, "PT4H", BUSINESS_HOURS);

    // then Monday 11:00 summer time, not 10:00 or 12:00
    assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-30T11:00").atZone(berlin).toInstant());
  }

  // --- rejected arguments ---

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Business", "24/7", "holiday"})
  void anUnknownCalendarIsRejected(String unknown) {
    assertThatThrownBy(() -> calendar.due(at("2026-11-24T10:00"), "PT4H", unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calendar");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "4h", "PT", "P1M", "P1W", "tomorrow"})
  void aMissingOrMalformedDurationIsRejected(String bad) {
    assertThatThrownBy(() -> calendar.due(at("2026-11-24T10:00"), bad, BUSINESS_HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("isoDuration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-PT4H", "PT-1H", "P1DT-2H", "P-1D"})
  void aNegativeDurationIsRejected(String negative) {
    assertThatThrownBy(() -> calendar.due(at("2026-11-24T10:00"), negative, WALL_CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("isoDuration")
        .hasMessageContaining("negative");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
  void aFractionOutsideZeroToOneIsRejected(double fraction) {
    assertThatThrownBy(() -> calendar.due(at("2026-11-24T10:00"), "PT4H", BUSINESS_HOURS, fraction))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction");
  }

  @Test
  void aMissingStartIsRejected() {
    assertThatThrownBy(() -> calendar.due(null, "PT4H", WALL_CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start");
  }

  // --- the configuration ---

  @Test
  void businessHoursEndingBeforeTheyStartAreRejected() {
    assertThatThrownBy(() -> new BusinessHours(SHANGHAI, LocalTime.of(18, 0), LocalTime.of(9, 0),
        WEEKDAYS, HOLIDAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start")
        .hasMessageContaining("before end");
  }

  @Test
  void businessHoursWithoutWorkingDaysAreRejected() {
    assertThatThrownBy(() -> new BusinessHours(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0),
        Set.of(), HOLIDAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days");
  }

  @Test
  void theShippedApplicationYamlBindsToBusinessHours() throws IOException {
    // given application.yaml read and bound the way Spring Boot does, without starting the app
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);
    Binder binder = new Binder(ConfigurationPropertySources.get(environment));

    // when
    BusinessHours hours = binder.bind("opsflow.business-hours", BusinessHours.class).get();

    // then
    assertThat(hours.zone()).isEqualTo(SHANGHAI);
    assertThat(hours.start()).isEqualTo(LocalTime.of(9, 0));
    assertThat(hours.end()).isEqualTo(LocalTime.of(18, 0));
    assertThat(hours.days()).isEqualTo(WEEKDAYS);
    assertThat(hours.holidays()).hasSize(11).contains(LocalDate.parse("2026-10-05"));
  }
}
