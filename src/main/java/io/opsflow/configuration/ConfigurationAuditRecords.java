package io.opsflow.configuration;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The configuration audit's tables: what was observed of the items (opsflow_ci_observation), each
 * audit (opsflow_config_audit, CAU-…) and its discrepancies with their decisions.
 */
@Repository
public class ConfigurationAuditRecords {

  /** What a discovery script, an agent or an auditor saw of an item; attributes a JSON object's text, relations "type target" lines. */
  public record Observation(long id, String ciId, Instant observedAt, String observedBy, String source,
      boolean present, String type, @JsonRawValue String attributes, List<String> relations) {
  }

  /** A discrepancy between the CMDB and what is there, and the decision on it (null until decided). */
  public record Discrepancy(int position, String ciId, String kind, String field, String recorded, String observed,
      String source, Instant observedAt, String explainedBy, String decision, String reason, String changeNumber,
      String decidedBy, Instant decidedAt) {
  }

  /** An audit and its report: its scope, who asked, how many items were compared and every discrepancy. */
  public record Audit(String auditNumber, String scopeType, String scopeService, String scopeCriticality,
      String requestedBy, Instant startedAt, Instant completedAt, Integer itemsCompared,
      List<Discrepancy> discrepancies) {
  }

  private final JdbcClient jdbc;

  ConfigurationAuditRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- observations -------------------------------------------------------------------------------

  void observed(String ci, Instant at, String by, String source, boolean present, String type, String attributes,
      List<String> relations) {
    jdbc.sql("""
            INSERT INTO opsflow_ci_observation (ci_id, observed_at, observed_by, source, present, item_type, attributes, relations)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(ci, Timestamp.from(at), by, source, present, type, attributes,
            relations == null ? null : String.join("\n", relations))
        .update();
  }

  /** The latest observation of each item (by id), newest first per item. */
  List<Observation> latestObservations() {
    return jdbc.sql("""
            SELECT * FROM opsflow_ci_observation o WHERE o.id = (SELECT MAX(l.id) FROM opsflow_ci_observation l
              WHERE l.ci_id = o.ci_id) ORDER BY o.ci_id""")
        .query(ConfigurationAuditRecords::observation).list();
  }

  // --- audits -------------------------------------------------------------------------------------

  void started(String number, String type, String service, String criticality, String requestedBy, Instant now) {
    jdbc.sql("""
            INSERT INTO opsflow_config_audit (audit_number, scope_type, scope_service, scope_criticality, requested_by, started_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(number, type, service, criticality, requestedBy, Timestamp.from(now)).update();
  }

  /** The discrepancies found, replacing any an earlier try of the same step listed. */
  void listed(String number, int itemsCompared, List<Discrepancy> found) {
    jdbc.sql("DELETE FROM opsflow_config_discrepancy WHERE audit_number = ?").param(number).update();
    jdbc.sql("UPDATE opsflow_config_audit SET items_compared = ? WHERE audit_number = ?").params(itemsCompared, number)
        .update();
    for (Discrepancy d : found) {
      jdbc.sql("""
              INSERT INTO opsflow_config_discrepancy (audit_number, position, ci_id, kind, field_name, recorded, observed,
                source, observed_at, explained_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(number, d.position(), d.ciId(), d.kind(), d.field(), d.recorded(), d.observed(), d.source(),
              Timestamp.from(d.observedAt()), d.explainedBy())
          .update();
    }
  }

  void explained(String number, int position, String changes) {
    jdbc.sql("UPDATE opsflow_config_discrepancy SET explained_by = ? WHERE audit_number = ? AND position = ?")
        .params(changes, number, position).update();
  }

  void decided(String number, int position, String decision, String reason, String changeNumber, String by,
      Instant at) {
    jdbc.sql("""
            UPDATE opsflow_config_discrepancy SET decision = ?, reason = ?, change_number = ?, decided_by = ?, decided_at = ?
            WHERE audit_number = ? AND position = ?""")
        .params(decision, reason, changeNumber, by, Timestamp.from(at), number, position).update();
  }

  void completed(String number, Instant at) {
    jdbc.sql("UPDATE opsflow_config_audit SET completed_at = ? WHERE audit_number = ?").params(Timestamp.from(at), number)
        .update();
  }

  public Optional<Audit> find(String number) {
    List<Discrepancy> discrepancies = jdbc.sql(
            "SELECT * FROM opsflow_config_discrepancy WHERE audit_number = ? ORDER BY position").param(number)
        .query(ConfigurationAuditRecords::discrepancy).list();
    return jdbc.sql("SELECT * FROM opsflow_config_audit WHERE audit_number = ?").param(number)
        .query((rs, row) -> new Audit(rs.getString("audit_number"), rs.getString("scope_type"),
            rs.getString("scope_service"), rs.getString("scope_criticality"), rs.getString("requested_by"),
            instant(rs, "started_at"), instant(rs, "completed_at"), (Integer) rs.getObject("items_compared", Integer.class),
            discrepancies))
        .optional();
  }

  Discrepancy discrepancy(String number, int position) {
    return jdbc.sql("SELECT * FROM opsflow_config_discrepancy WHERE audit_number = ? AND position = ?")
        .params(number, position).query(ConfigurationAuditRecords::discrepancy).single();
  }

  private static Observation observation(ResultSet rs, int row) throws SQLException {
    String relations = rs.getString("relations");
    return new Observation(rs.getLong("id"), rs.getString("ci_id"), instant(rs, "observed_at"),
        rs.getString("observed_by"), rs.getString("source"), rs.getBoolean("present"), rs.getString("item_type"),
        rs.getString("attributes"), relations == null ? null : relations.isEmpty() ? List.of() : List.of(relations.split("\n")));
  }

  private static Discrepancy discrepancy(ResultSet rs, int row) throws SQLException {
    return new Discrepancy(rs.getInt("position"), rs.getString("ci_id"), rs.getString("kind"), rs.getString("field_name"),
        rs.getString("recorded"), rs.getString("observed"), rs.getString("source"), instant(rs, "observed_at"),
        rs.getString("explained_by"), rs.getString("decision"), rs.getString("reason"), rs.getString("change_number"),
        rs.getString("decided_by"), instant(rs, "decided_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
