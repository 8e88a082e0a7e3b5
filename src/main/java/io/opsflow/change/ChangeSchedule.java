package io.opsflow.change;

import io.opsflow.platform.Times;
import io.opsflow.platform.BadRequestException;
import io.opsflow.sla.BusinessHours;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The change calendar: books a change's window unless it overlaps a freeze period or the window of
 * another scheduled change on one of the same configuration items. Checking and booking happen under
 * a database lock, so two change managers scheduling at once (on any node) cannot take the same slot.
 */
@Service
@EnableConfigurationProperties(ChangePolicy.class)
public record ChangeSchedule(JdbcClient jdbc, ChangePolicy policy, BusinessHours hours) {

  /** A window that touches a freeze or another change: which, and when. */
  record Conflict(String what, Instant start, Instant end) {
  }

  /**
   * Books the window for the change or refuses it (400 naming {@code plannedStart}) with what it
   * collides with. Booking again replaces the change's earlier window.
   */
  void book(String changeNumber, Instant start, Instant end) {
    jdbc.sql("SELECT lock_name FROM opsflow_lock WHERE lock_name = 'change-schedule' FOR UPDATE")
        .query(String.class).single();
    List<Conflict> conflicts = conflicts(changeNumber, start, end);
    if (!conflicts.isEmpty()) {
      Conflict first = conflicts.get(0);
      throw new BadRequestException(ChangeVariables.PLANNED_START.name(), "The window " + shown(start, end) + " overlaps "
          + first.what() + " (" + shown(first.start(), first.end()) + "); choose another window");
    }
    jdbc.sql("UPDATE opsflow_change SET planned_start = ?, planned_end = ?, status = 'SCHEDULED' WHERE change_number = ?")
        .params(Timestamp.from(start), Timestamp.from(end), changeNumber).update();
  }

  /** Freeze periods first, then the other scheduled changes sharing an item, in time order. */
  List<Conflict> conflicts(String changeNumber, Instant start, Instant end) {
    List<Conflict> freezes = policy.freezePeriods().stream()
        .map(f -> new Conflict("the change freeze '" + f.name() + "'", f.start().atZone(hours.zone()).toInstant(),
            f.end().atZone(hours.zone()).toInstant()))
        .filter(f -> f.start().isBefore(end) && start.isBefore(f.end()))
        .toList();
    if (!freezes.isEmpty()) {
      return freezes;
    }
    return jdbc.sql("""
            SELECT c.change_number, MIN(ci.ci_id) AS ci_id, c.planned_start, c.planned_end FROM opsflow_change c
            JOIN opsflow_change_ci ci ON ci.change_number = c.change_number
            WHERE c.status = 'SCHEDULED' AND c.change_number <> ? AND c.planned_start < ? AND ? < c.planned_end
              AND ci.ci_id IN (SELECT ci_id FROM opsflow_change_ci WHERE change_number = ?)
            GROUP BY c.change_number, c.planned_start, c.planned_end ORDER BY c.planned_start""")
        .params(changeNumber, Timestamp.from(end), Timestamp.from(start), changeNumber)
        .query((rs, row) -> new Conflict("change " + rs.getString("change_number") + " on " + rs.getString("ci_id"),
            rs.getTimestamp("planned_start").toInstant(), rs.getTimestamp("planned_end").toInstant()))
        .list();
  }

  /** The freeze period on at that moment, if any. */
  Optional<ChangePolicy.FreezePeriod> freezeAt(Instant moment) {
    return policy.freezePeriods().stream()
        .filter(f -> !moment.isBefore(f.start().atZone(hours.zone()).toInstant()) && moment.isBefore(f.end().atZone(hours.zone()).toInstant()))
        .findFirst();
  }

  public List<ChangePolicy.FreezePeriod> freezePeriods() {
    return policy.freezePeriods();
  }

  private String shown(Instant start, Instant end) {
    return Times.window(start, end, hours.zone());
  }
}
