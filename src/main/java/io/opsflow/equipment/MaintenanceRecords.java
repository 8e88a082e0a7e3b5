package io.opsflow.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The preventive maintenances (MNT-…): the plan version each ran, its results and its review. */
@Repository
public class MaintenanceRecords {

  /** A maintenance; {@code results} is the checklist's JSON rows. */
  public record Maintenance(String number, String planId, int planVersion, String ownerGroup, Instant dueAt,
      Instant startedAt, String results, String partsUsed, String readings, String repairs, String completedBy,
      Instant completedAt, String feedback, Boolean planAdjusted) {
  }

  private final JdbcClient jdbc;

  MaintenanceRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers it once (a retried step finds it registered). */
  void register(String number, String planId, int planVersion, String processInstanceId, String group, Instant dueAt) {
    if (find(number).isEmpty()) {
      jdbc.sql("""
              INSERT INTO opsflow_maintenance (maintenance_number, plan_id, plan_version, process_instance_id,
                owner_group, due_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(number, planId, planVersion, processInstanceId, group, Timestamp.from(dueAt),
              Timestamp.from(Instant.now())).update();
    }
  }

  void recordResults(String number, String results, String partsUsed, String readings, String by) {
    jdbc.sql("""
            UPDATE opsflow_maintenance SET results = ?, parts_used = ?, readings = ?, completed_by = ?, completed_at = ?
            WHERE maintenance_number = ?""")
        .params(results, partsUsed, readings, by, Timestamp.from(Instant.now()), number).update();
  }

  void recordRepairs(String number, String repairs) {
    jdbc.sql("UPDATE opsflow_maintenance SET repairs = ? WHERE maintenance_number = ?").params(repairs, number).update();
  }

  void close(String number, String feedback, boolean planAdjusted) {
    jdbc.sql("UPDATE opsflow_maintenance SET feedback = ?, plan_adjusted = ? WHERE maintenance_number = ?")
        .params(feedback, planAdjusted, number).update();
  }

  public Optional<Maintenance> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_maintenance WHERE maintenance_number = ?").param(number)
        .query(MaintenanceRecords::maintenance).optional();
  }

  private static Maintenance maintenance(ResultSet rs, int row) throws SQLException {
    Timestamp completed = rs.getTimestamp("completed_at");
    Object adjusted = rs.getObject("plan_adjusted");
    return new Maintenance(rs.getString("maintenance_number"), rs.getString("plan_id"), rs.getInt("plan_version"),
        rs.getString("owner_group"), rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("started_at").toInstant(),
        rs.getString("results"), rs.getString("parts_used"), rs.getString("readings"), rs.getString("repairs"),
        rs.getString("completed_by"), completed == null ? null : completed.toInstant(), rs.getString("feedback"),
        adjusted == null ? null : rs.getBoolean("plan_adjusted"));
  }
}
