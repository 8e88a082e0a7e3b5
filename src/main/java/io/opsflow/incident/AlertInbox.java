package io.opsflow.incident;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alertmanager notifications kept from receipt until they are processed, so that the receiver
 * answers at once and nothing is lost when processing fails or the node stops. One that fails
 * {@code opsflow.alerts.give-up-after} times is kept as failed, for a person to look at and retry.
 */
@Repository
class AlertInbox {

  record Entry(long id, String groupKey, String payload, int attempts) {
  }

  /** An entry as the inbox listing shows it. */
  record Listed(long id, String groupKey, Instant receivedAt, int attempts, String lastError, Instant nextAttemptAt,
      Instant failedAt) {
  }

  enum State { PENDING, FAILED }

  private final JdbcClient jdbc;
  private final int giveUpAfter;

  AlertInbox(JdbcClient jdbc, @Value("${opsflow.alerts.give-up-after:60}") int giveUpAfter) {
    this.jdbc = jdbc;
    this.giveUpAfter = giveUpAfter;
  }

  int giveUpAfter() {
    return giveUpAfter;
  }

  void add(String groupKey, String payload) {
    jdbc.sql("INSERT INTO opsflow_alert_inbox (received_at, group_key, payload) VALUES (?, ?, ?)")
        .params(Timestamp.from(Instant.now()), groupKey, payload).update();
  }

  /**
   * Claims open entries for this node, oldest first, but only the oldest open entry of each alert
   * group: a group's notifications are handled in order on every node (one given up on no longer
   * holds its group back). An entry a stopped node had claimed is freed after a minute; a failed one
   * waits for its next attempt.
   */
  List<Entry> claim(String node, int limit) {
    Instant now = Instant.now();
    List<Long> open = jdbc.sql("""
            SELECT i.id FROM opsflow_alert_inbox i
            WHERE i.processed_at IS NULL AND i.failed_at IS NULL AND (i.claimed_by IS NULL OR i.claimed_at < ?)
              AND (i.next_attempt_at IS NULL OR i.next_attempt_at <= ?)
              AND NOT EXISTS (SELECT 1 FROM opsflow_alert_inbox o WHERE o.group_key = i.group_key
                              AND o.processed_at IS NULL AND o.failed_at IS NULL AND o.id < i.id)
            ORDER BY i.id LIMIT ?""")
        .params(Timestamp.from(now.minus(Duration.ofMinutes(1))), Timestamp.from(now), limit).query(Long.class).list();
    return open.stream()
        .filter(id -> jdbc.sql("""
                UPDATE opsflow_alert_inbox SET claimed_by = ?, claimed_at = ?
                WHERE id = ? AND processed_at IS NULL AND failed_at IS NULL AND (claimed_by IS NULL OR claimed_at < ?)""")
            .params(node, Timestamp.from(now), id, Timestamp.from(now.minus(Duration.ofMinutes(1)))).update() == 1)
        .map(id -> jdbc.sql("SELECT id, group_key, payload, attempts FROM opsflow_alert_inbox WHERE id = ?").param(id)
            .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("group_key"), rs.getString("payload"),
                rs.getInt("attempts"))).single())
        .toList();
  }

  void processed(long id) {
    jdbc.sql("UPDATE opsflow_alert_inbox SET processed_at = ?, last_error = NULL WHERE id = ?")
        .params(Timestamp.from(Instant.now()), id).update();
  }

  /**
   * Releases the entry for a later attempt, 250 ms after the first failure and twice as long after
   * each next one (at most a minute), or gives up on it after the configured attempts (60 by
   * default: about an hour), logged by the caller.
   */
  boolean failed(Entry entry, String error) {
    boolean giveUp = entry.attempts() + 1 >= giveUpAfter;
    long waitMillis = Math.min(Duration.ofMinutes(1).toMillis(), 250L << Math.min(entry.attempts(), 16));
    Instant now = Instant.now();
    jdbc.sql("""
            UPDATE opsflow_alert_inbox SET attempts = attempts + 1, last_error = ?, claimed_by = NULL,
              next_attempt_at = ?, failed_at = ? WHERE id = ?""")
        .params(error.length() > 1000 ? error.substring(0, 1000) : error,
            giveUp ? null : Timestamp.from(now.plusMillis(waitMillis)), giveUp ? Timestamp.from(now) : null, entry.id())
        .update();
    return giveUp;
  }

  /** The entries waiting for processing, or given up on, oldest first (at most {@code limit}). */
  List<Listed> list(State state, int limit) {
    String where = state == State.FAILED ? "failed_at IS NOT NULL" : "processed_at IS NULL AND failed_at IS NULL";
    return jdbc.sql("SELECT id, group_key, received_at, attempts, last_error, next_attempt_at, failed_at "
            + "FROM opsflow_alert_inbox WHERE " + where + " ORDER BY id")
        .query((rs, row) -> new Listed(rs.getLong("id"), rs.getString("group_key"), instant(rs.getTimestamp("received_at")),
            rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("next_attempt_at")),
            instant(rs.getTimestamp("failed_at"))))
        .stream().limit(limit).toList();
  }

  /** Gives an entry that was given up on a fresh set of attempts; false when it is not failed (or unknown). */
  boolean retry(long id) {
    return jdbc.sql("""
            UPDATE opsflow_alert_inbox SET failed_at = NULL, attempts = 0, next_attempt_at = NULL, claimed_by = NULL
            WHERE id = ? AND failed_at IS NOT NULL""").param(id).update() == 1;
  }

  boolean exists(long id) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_inbox WHERE id = ?").param(id).query(Integer.class).single() > 0;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
