package io.opsflow.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspections (opsflow_inspection…): each round started from a plan, who did it and when, and
 * every reading with its judgement and the incident it raised. Writes may be repeated by a retried job.
 */
@Repository
public class InspectionRecords {

  /** An inspection as the API reads it. */
  public record Inspection(String inspectionNumber, String planId, String groupId, Instant dueAt, Instant startedAt,
      boolean overdue, Instant completedAt, String completedBy, List<Reading> readings) {
  }

  /** One checklist row as recorded. */
  public record Reading(String ciId, String itemId, String status, BigDecimal reading, String note, String severity,
      boolean configDrift, String incidentNumber, String measuredBy, String recordedBy, Instant recordedAt) {
  }

  /** A month's figures for one CI and item: its readings, anomalies, incidents raised and rounds done late. */
  public record ItemStatistics(String ciId, String itemId, long readings, long anomalies, long incidents,
      long overdue) {
  }

  /** A month's rounds of one plan: how many were due, done, and late. */
  public record RoundStatistics(String planId, long rounds, long completed, long overdue) {
  }

  private final JdbcClient jdbc;

  InspectionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The round begins (once: a retried job finds it). */
  void register(String number, String planId, String processInstanceId, String groupId, Instant dueAt, Instant now) {
    if (find(number).isEmpty()) {
      jdbc.sql("""
              INSERT INTO opsflow_inspection (inspection_number, plan_id, process_instance_id, group_id, due_at, started_at)
              VALUES (?, ?, ?, ?, ?, ?)""")
          .params(number, planId, processInstanceId, groupId, Timestamp.from(dueAt), Timestamp.from(now)).update();
    }
  }

  void overdue(String number) {
    jdbc.sql("UPDATE opsflow_inspection SET overdue = TRUE WHERE inspection_number = ?").param(number).update();
  }

  /** The checklist as completed: every row, replacing what a retried job wrote before. */
  void recordReadings(String number, List<Reading> readings, String by, Instant now) {
    java.util.Map<String, Reading> measured = new java.util.HashMap<>();
    readings(number).stream().filter(r -> r.measuredBy() != null).forEach(r -> measured.put(r.ciId() + " " + r.itemId(), r));
    jdbc.sql("DELETE FROM opsflow_inspection_reading WHERE inspection_number = ?").param(number).update();
    for (Reading r : readings) {
      Reading agent = measured.get(r.ciId() + " " + r.itemId());
      // the agent's name stays on a reading the person confirmed unchanged
      String measuredBy = agent != null && r.reading() != null && agent.reading().compareTo(r.reading()) == 0
          ? agent.measuredBy() : null;
      jdbc.sql("""
              INSERT INTO opsflow_inspection_reading (inspection_number, ci_id, item_id, status, reading, note, severity,
                config_drift, measured_by, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(number, r.ciId(), r.itemId(), r.status(), r.reading(), r.note(), r.severity(), r.configDrift(),
              measuredBy, by, Timestamp.from(now))
          .update();
    }
    jdbc.sql("UPDATE opsflow_inspection SET completed_at = ?, completed_by = ? WHERE inspection_number = ?")
        .params(Timestamp.from(now), by, number).update();
  }

  /** An agent measured a reading of a round not yet completed: kept until the person completes the checklist. */
  void measured(String number, String ci, String item, BigDecimal reading, String agent, Instant now) {
    jdbc.sql("DELETE FROM opsflow_inspection_reading WHERE inspection_number = ? AND ci_id = ? AND item_id = ?")
        .params(number, ci, item).update();
    jdbc.sql("""
            INSERT INTO opsflow_inspection_reading (inspection_number, ci_id, item_id, status, reading, severity,
              measured_by, recorded_by, recorded_at) VALUES (?, ?, ?, 'measured', ?, 'none', ?, ?, ?)""")
        .params(number, ci, item, reading, agent, agent, Timestamp.from(now)).update();
  }

  void incidentOpened(String number, String ci, String item, String incident) {
    jdbc.sql("UPDATE opsflow_inspection_reading SET incident_number = ? WHERE inspection_number = ? AND ci_id = ? AND item_id = ?")
        .params(incident, number, ci, item).update();
  }

  public Optional<Inspection> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_inspection WHERE inspection_number = ?").param(number)
        .query((rs, row) -> new Inspection(rs.getString("inspection_number"), rs.getString("plan_id"),
            rs.getString("group_id"), instant(rs, "due_at"), instant(rs, "started_at"), rs.getBoolean("overdue"),
            instant(rs, "completed_at"), rs.getString("completed_by"), readings(number)))
        .optional();
  }

  Optional<Reading> reading(String number, String ci, String item) {
    return readings(number).stream().filter(r -> r.ciId().equals(ci) && r.itemId().equals(item)).findFirst();
  }

  private List<Reading> readings(String number) {
    return jdbc.sql("SELECT * FROM opsflow_inspection_reading WHERE inspection_number = ? ORDER BY ci_id, item_id")
        .param(number).query(InspectionRecords::reading).list();
  }

  /** The month's readings per CI and item (of the rounds due that month, UTC). */
  List<ItemStatistics> itemStatistics(YearMonth month) {
    return jdbc.sql("""
            SELECT r.ci_id, r.item_id, COUNT(*) AS readings,
              SUM(CASE WHEN r.status = 'anomaly' OR r.severity <> 'none' THEN 1 ELSE 0 END) AS anomalies,
              COUNT(r.incident_number) AS incidents, SUM(CASE WHEN i.overdue THEN 1 ELSE 0 END) AS overdue
            FROM opsflow_inspection_reading r JOIN opsflow_inspection i ON i.inspection_number = r.inspection_number
            WHERE i.due_at >= ? AND i.due_at < ? GROUP BY r.ci_id, r.item_id ORDER BY r.ci_id, r.item_id""")
        .params(start(month), start(month.plusMonths(1)))
        .query((rs, row) -> new ItemStatistics(rs.getString("ci_id"), rs.getString("item_id"), rs.getLong("readings"),
            rs.getLong("anomalies"), rs.getLong("incidents"), rs.getLong("overdue")))
        .list();
  }

  /** The month's rounds per plan (due that month, UTC). */
  List<RoundStatistics> roundStatistics(YearMonth month) {
    return jdbc.sql("""
            SELECT plan_id, COUNT(*) AS rounds, COUNT(completed_at) AS completed,
              SUM(CASE WHEN overdue THEN 1 ELSE 0 END) AS overdue
            FROM opsflow_inspection WHERE due_at >= ? AND due_at < ? GROUP BY plan_id ORDER BY plan_id""")
        .params(start(month), start(month.plusMonths(1)))
        .query((rs, row) -> new RoundStatistics(rs.getString("plan_id"), rs.getLong("rounds"), rs.getLong("completed"),
            rs.getLong("overdue")))
        .list();
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  private static Reading reading(ResultSet rs, int row) throws SQLException {
    return new Reading(rs.getString("ci_id"), rs.getString("item_id"), rs.getString("status"), rs.getBigDecimal("reading"),
        rs.getString("note"), rs.getString("severity"), rs.getBoolean("config_drift"), rs.getString("incident_number"),
        rs.getString("measured_by"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
