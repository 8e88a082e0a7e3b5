package io.opsflow.requirement;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The days a requirement is planned in (the business calendar's zone, on the engine's clock),
 * and who is in which group, for the input checks.
 */
@Component
record RequirementCalendar(BusinessHours hours, IdentityService identity) implements RequirementInput.Directory {

  ZoneId zone() {
    return hours.zone();
  }

  @Override
  public LocalDate today() {
    return EngineClock.now().atZone(hours.zone()).toLocalDate();
  }

  /** A requirement is overdue once its expected completion day has passed: at the start of the next day. */
  Instant overdueAt(LocalDate expectedDate) {
    return expectedDate.plusDays(1).atStartOfDay(hours.zone()).toInstant();
  }

  @Override
  public boolean isMember(String userId, String groupId) {
    return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }
}
