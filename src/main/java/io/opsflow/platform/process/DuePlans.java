package io.opsflow.platform.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schedule of plans that come round on a cycle (inspection rounds, preventive maintenance), kept
 * in a table with {@code plan_id}, {@code active} and {@code next_due_at}: which plans are due, and
 * the claim that starts each due time once, however many nodes check.
 */
public record DuePlans(JdbcClient jdbc, String table) {

  /** The active plans due by then, the most overdue first. */
  public List<String> due(Instant now) {
    return jdbc.sql("SELECT plan_id FROM " + table + " WHERE active = TRUE AND next_due_at <= ? "
            + "ORDER BY next_due_at, plan_id")
        .param(Timestamp.from(now)).query(String.class).list();
  }

  /**
   * Claims the plan's due time: one conditional UPDATE moves its next due time on by the cycle, past
   * now (times missed are not made up one by one), so of two nodes (or a retry) only one claims it.
   */
  public boolean claim(String planId, Instant due, Period cycle, Instant now) {
    Instant next = due;
    do {
      next = next.atZone(ZoneOffset.UTC).plus(cycle).toInstant();
    } while (!next.isAfter(now));
    return jdbc.sql("UPDATE " + table + " SET next_due_at = ? WHERE plan_id = ? AND next_due_at = ?")
        .params(Timestamp.from(next), planId, Timestamp.from(due)).update() == 1;
  }
}
