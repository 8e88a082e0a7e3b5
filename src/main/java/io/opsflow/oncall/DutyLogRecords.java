package io.opsflow.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duty log (值班记录, 运维管理规范及流程 2.2: what was handled, the operations done and the
 * system state) and what a shift's summary reads from OpsFlow's other records: the incidents
 * opened, resolved and still open, the changes implemented, the alert groups that fired again after
 * their incident had closed and the alert notifications given up, the inspection anomalies. Keyed by
 * the handover number; a retried job writes the same row again.
 */
@Repository
class DutyLogRecords {

  /** One handover as the duty log keeps it. */
  record Entry(String handoverNumber, String team, String outgoing, String incoming, Instant shiftStart,
      Instant shiftEnd, String summary, String operationsDone, String systemState, String openPoints,
      String acknowledgedBy, Instant acknowledgedAt, String remarks, boolean escalated, Counts counts,
      Instant recordedAt) {
  }

  /** The shift's figures, as the handover form shows them. */
  record Counts(int incidentsOpened, int incidentsResolved, int incidentsOpen, int changesImplemented,
      int alertIssues, int inspectionAnomalies) {
  }

  /** An incident of the shift: its state and, while it is open, its tier. */
  record Incident(String number, String priority, String summary, String status, String tier, boolean major) {
  }

  /** A change whose implementation was recorded in the shift: IMPLEMENTED or FAILED. */
  record Change(String number, String summary, String outcome, String note) {
  }

  /** An alert matter of the shift: an incident reopened by its alert group, or a notification given up. */
  record Alert(String what, String incidentNumber, String detail) {
  }

  /** An inspection row found anomalous in the shift, with the incident it raised. */
  record Anomaly(String inspectionNumber, String ci, String item, String reading, String note, String severity,
      String incidentNumber) {
  }

  private final JdbcClient jdbc;

  DutyLogRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- what happened in a shift ----------------------------------------------------------------

  List<Incident> incidentsOpened(Instant from, Instant to) {
    return incidents("reported_at >= ? AND reported_at < ?", from, to);
  }

  List<Incident> incidentsResolved(Instant from, Instant to) {
    return incidents("resolved_at >= ? AND resolved_at < ?", from, to);
  }

  /** Every incident not resolved nor closed now, reported before the shift's end. */
  List<Incident> incidentsOpen(Instant to) {
    return jdbc.sql("SELECT * FROM opsflow_incident WHERE status NOT IN ('RESOLVED', 'CLOSED') AND reported_at < ? "
            + "ORDER BY priority, reported_at")
        .param(Timestamp.from(to)).query(DutyLogRecords::incident).list();
  }

  private List<Incident> incidents(String where, Instant from, Instant to) {
    return jdbc.sql("SELECT * FROM opsflow_incident WHERE " + where + " ORDER BY priority, incident_number")
        .params(Timestamp.from(from), Timestamp.from(to)).query(DutyLogRecords::incident).list();
  }

  List<Change> changesImplemented(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT e.change_number, c.summary, e.phase, e.note FROM opsflow_change_event e
              JOIN opsflow_change c ON c.change_number = e.change_number
            WHERE e.phase IN ('IMPLEMENTED', 'FAILED') AND e.occurred_at >= ? AND e.occurred_at < ?
            ORDER BY e.occurred_at, e.id""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
  }

  /**
   * Alerts that flapped (an alert group firing again after its incident had closed: the new
   * incident names the one it recurs) and alert notifications given up after their attempts.
   * Silences are kept in Alertmanager, which does not report them to OpsFlow.
   */
  List<Alert> alerts(Instant from, Instant to) {
    List<Alert> alerts = new ArrayList<>(jdbc.sql("""
            SELECT incident_number, recurrence_of, alert_group FROM opsflow_incident
            WHERE recurrence_of IS NOT NULL AND reported_at >= ? AND reported_at < ? ORDER BY reported_at""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Alert("flapping", rs.getString(1), "fired again after " + rs.getString(2)
            + " had closed (" + rs.getString(3) + ")"))
        .list());
    alerts.addAll(jdbc.sql("""
            SELECT id, group_key, last_error FROM opsflow_alert_inbox
            WHERE failed_at >= ? AND failed_at < ? ORDER BY failed_at""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Alert("failed", null, "notification " + rs.getLong(1) + " of " + rs.getString(2)
            + " given up: " + rs.getString(3)))
        .list());
    return alerts;
  }

  List<Anomaly> inspectionAnomalies(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT * FROM opsflow_inspection_reading
            WHERE (status = 'anomaly' OR severity <> 'none') AND recorded_at >= ? AND recorded_at < ?
            ORDER BY recorded_at, inspection_number, ci_id, item_id""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Anomaly(rs.getString("inspection_number"), rs.getString("ci_id"),
            rs.getString("item_id"), rs.getBigDecimal("reading") == null ? null
                : rs.getBigDecimal("reading").stripTrailingZeros().toPlainString(),
            rs.getString("note"), rs.getString("severity"), rs.getString("incident_number")))
        .list();
  }

  // --- the duty log ----------------------------------------------------------------------------

  /** Writes the handover's row (again, the same, when a retried job writes it twice). */
  void record(Entry entry, String processInstanceId) {
    jdbc.sql("DELETE FROM opsflow_duty_log WHERE handover_number = ?").param(entry.handoverNumber()).update();
    Counts c = entry.counts();
    jdbc.sql("""
            INSERT INTO opsflow_duty_log (handover_number, process_instance_id, team_id, outgoing, incoming,
              shift_start, shift_end, summary, operations_done, system_state, open_points, acknowledged_by,
              acknowledged_at, remarks, escalated, incidents_opened, incidents_resolved, incidents_open,
              changes_implemented, alert_issues, inspection_anomalies, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(entry.handoverNumber(), processInstanceId, entry.team(), entry.outgoing(), entry.incoming(),
            Timestamp.from(entry.shiftStart()), Timestamp.from(entry.shiftEnd()), entry.summary(),
            entry.operationsDone(), entry.systemState(), entry.openPoints(), entry.acknowledgedBy(),
            timestamp(entry.acknowledgedAt()), entry.remarks(), entry.escalated(), c.incidentsOpened(),
            c.incidentsResolved(), c.incidentsOpen(), c.changesImplemented(), c.alertIssues(),
            c.inspectionAnomalies(), Timestamp.from(entry.recordedAt()))
        .update();
  }

  Optional<Entry> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_duty_log WHERE handover_number = ?").param(number)
        .query(DutyLogRecords::entry).optional();
  }

  /**
   * The handovers of the shifts that overlap [from, to), newest first, of the team if one is given,
   * whose texts hold the words if any are given (case ignored; at most 500 rows).
   */
  List<Entry> search(Instant from, Instant to, String team, String words) {
    StringBuilder sql = new StringBuilder("SELECT * FROM opsflow_duty_log WHERE shift_end > ? AND shift_start < ?");
    List<Object> params = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
    if (team != null) {
      sql.append(" AND team_id = ?");
      params.add(team);
    }
    if (words != null) {
      String like = "%" + words.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
          .replace("_", "\\_") + "%";
      sql.append(" AND (");
      List<String> texts = List.of("handover_number", "summary", "operations_done", "system_state", "open_points",
          "remarks");
      for (int i = 0; i < texts.size(); i++) {
        sql.append(i == 0 ? "" : " OR ").append("LOWER(").append(texts.get(i)).append(") LIKE ? ESCAPE '\\'");
        params.add(like);
      }
      sql.append(")");
    }
    sql.append(" ORDER BY shift_end DESC, handover_number DESC LIMIT 500");
    return jdbc.sql(sql.toString()).params(params).query(DutyLogRecords::entry).list();
  }

  private static Incident incident(ResultSet rs, int row) throws SQLException {
    return new Incident(rs.getString("incident_number"), rs.getString("priority"), rs.getString("summary"),
        rs.getString("status"), rs.getString("tier"), rs.getBoolean("major"));
  }

  private static Entry entry(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getString("handover_number"), rs.getString("team_id"), rs.getString("outgoing"),
        rs.getString("incoming"), instant(rs, "shift_start"), instant(rs, "shift_end"), rs.getString("summary"),
        rs.getString("operations_done"), rs.getString("system_state"), rs.getString("open_points"),
        rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"), rs.getString("remarks"),
        rs.getBoolean("escalated"), new Counts(rs.getInt("incidents_opened"), rs.getInt("incidents_resolved"),
            rs.getInt("incidents_open"), rs.getInt("changes_implemented"), rs.getInt("alert_issues"),
            rs.getInt("inspection_anomalies")), instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
