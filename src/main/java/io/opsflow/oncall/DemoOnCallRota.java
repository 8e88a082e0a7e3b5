package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's rota for the three support tiers (运维管理规范及流程 2.2: 24/7小时有运维人员值班),
 * written once into a team without shifts, from a week back to three weeks ahead in the
 * business-hours zone: on working days the tier's demo user has the day shift (09:00–18:00) and
 * user demo the night (18:00–09:00); at the weekend each takes a whole day (09:00–09:00), the tier's
 * user on Saturday, demo on Sunday. The escalation list: demo, then the tier's user.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "opsflow.demo.enabled", havingValue = "true")
class DemoOnCallRota implements ApplicationRunner {

  static final List<String> TEAMS = List.of(Roles.SUPPORT_L1, Roles.SUPPORT_L2, Roles.SUPPORT_L3);
  static final String NIGHTS = "demo";
  static final LocalTime CHANGE_OVER = LocalTime.of(9, 0);
  static final LocalTime EVENING = LocalTime.of(18, 0);

  private final OnCallRota rota;
  private final BusinessHours hours;

  DemoOnCallRota(OnCallRota rota, BusinessHours hours) {
    this.rota = rota;
    this.hours = hours;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = EngineClock.now().atZone(hours.zone()).toLocalDate();
    for (String team : TEAMS) {
      if (rota.count(team) == 0) {
        rota.replace(team, shifts(team, today.minusDays(7), today.plusDays(21)), EngineClock.now());
        rota.setEscalation(team, List.of(NIGHTS, team));
      }
    }
  }

  List<OnCallRota.Shift> shifts(String team, LocalDate from, LocalDate to) {
    List<OnCallRota.Shift> shifts = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      ZonedDateTime morning = ZonedDateTime.of(day, CHANGE_OVER, hours.zone());
      ZonedDateTime next = ZonedDateTime.of(day.plusDays(1), CHANGE_OVER, hours.zone());
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        String member = day.getDayOfWeek() == DayOfWeek.SATURDAY ? team : NIGHTS;
        shifts.add(new OnCallRota.Shift(null, team, member, morning.toInstant(), next.toInstant(), false, null));
      } else {
        ZonedDateTime evening = ZonedDateTime.of(day, EVENING, hours.zone());
        shifts.add(new OnCallRota.Shift(null, team, team, morning.toInstant(), evening.toInstant(), false, null));
        shifts.add(new OnCallRota.Shift(null, team, NIGHTS, evening.toInstant(), next.toInstant(), false, null));
      }
    }
    return shifts;
  }
}
