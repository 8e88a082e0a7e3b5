package io.opsflow.governance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published policies and each member's acknowledgement of the version in force. */
@Repository
public class PolicyRecords {

  /** A policy as published: the version in force, its text and effective date, the last evaluation. */
  public record Policy(String policyNumber, String title, String goalsAndScope, List<String> affectedGroups,
      int version, String policyText, String references, Instant effectiveFrom, String publishedBy,
      Instant publishedAt, Instant nextEvaluationAt, String lastEvaluation, Instant retiredAt) {
  }

  /** A member's acknowledgement of a version: acknowledgedAt null while not read. */
  public record Acknowledgement(String userId, Instant acknowledgedAt) {
  }

  private final JdbcClient jdbc;

  PolicyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Publishes the version (written whole again when a retried job repeats it) and expects an
   * acknowledgement of it from each reader.
   */
  void published(Policy policy, String processInstanceId, List<String> readers) {
    jdbc.sql("DELETE FROM opsflow_policy WHERE policy_number = ?").param(policy.policyNumber()).update();
    jdbc.sql("""
            INSERT INTO opsflow_policy (policy_number, title, goals_and_scope, affected_groups, process_instance_id,
              version, policy_text, references_text, effective_from, published_by, published_at, next_evaluation_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(policy.policyNumber(), policy.title(), policy.goalsAndScope(),
            String.join(",", policy.affectedGroups()), processInstanceId, policy.version(), policy.policyText(),
            policy.references(), Timestamp.from(policy.effectiveFrom()), policy.publishedBy(),
            Timestamp.from(policy.publishedAt()), Timestamp.from(policy.nextEvaluationAt()))
        .update();
    for (String reader : readers) {
      jdbc.sql("""
              INSERT INTO opsflow_policy_acknowledgement (policy_number, version, user_id)
              SELECT ?, ?, ? FROM opsflow_policy WHERE policy_number = ? AND NOT EXISTS (
                SELECT 1 FROM opsflow_policy_acknowledgement WHERE policy_number = ? AND version = ? AND user_id = ?)""")
          .params(policy.policyNumber(), policy.version(), reader, policy.policyNumber(), policy.policyNumber(),
              policy.version(), reader)
          .update();
    }
  }

  void acknowledged(String number, int version, String userId, Instant at) {
    jdbc.sql("""
            UPDATE opsflow_policy_acknowledgement SET acknowledged_at = ?
            WHERE policy_number = ? AND version = ? AND user_id = ? AND acknowledged_at IS NULL""")
        .params(Timestamp.from(at), number, version, userId).update();
  }

  void confirmed(String number, String note, Instant nextEvaluation) {
    jdbc.sql("UPDATE opsflow_policy SET last_evaluation = ?, next_evaluation_at = ? WHERE policy_number = ?")
        .params(note, Timestamp.from(nextEvaluation), number).update();
  }

  void retired(String number, String note, Instant at) {
    jdbc.sql("UPDATE opsflow_policy SET last_evaluation = ?, retired_at = ? WHERE policy_number = ?")
        .params(note, Timestamp.from(at), number).update();
  }

  /** The policies in force, the newest number first. */
  public List<Policy> inForce() {
    return jdbc.sql("SELECT * FROM opsflow_policy WHERE retired_at IS NULL ORDER BY policy_number DESC")
        .query((rs, row) -> policy(rs)).list();
  }

  public Optional<Policy> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_policy WHERE policy_number = ?").param(number)
        .query((rs, row) -> policy(rs)).optional();
  }

  /** Who was asked to acknowledge the version, by user id. */
  public List<Acknowledgement> acknowledgements(String number, int version) {
    return jdbc.sql("""
            SELECT user_id, acknowledged_at FROM opsflow_policy_acknowledgement WHERE policy_number = ? AND version = ?
            ORDER BY user_id""")
        .params(number, version)
        .query((rs, row) -> new Acknowledgement(rs.getString("user_id"), instant(rs.getTimestamp("acknowledged_at"))))
        .list();
  }

  /** A temporary deviation from a policy: REQUESTED, IN_FORCE, REFUSED or EXPIRED. */
  public record Deviation(String deviationNumber, String policyNumber, String requestedBy, String reason,
      Instant expiresAt, String status, String decidedBy, Instant decidedAt, String decisionNote) {
  }

  void deviationRequested(String number, String policy, String processInstanceId, String by, String reason,
      Instant expiresAt) {
    jdbc.sql("DELETE FROM opsflow_policy_deviation WHERE deviation_number = ?").param(number).update();
    jdbc.sql("""
            INSERT INTO opsflow_policy_deviation (deviation_number, policy_number, process_instance_id, requested_by,
              reason, expires_at, status) VALUES (?, ?, ?, ?, ?, ?, 'REQUESTED')""")
        .params(number, policy, processInstanceId, by, reason, Timestamp.from(expiresAt)).update();
  }

  void deviationDecided(String number, String status, String by, Instant at, String note) {
    jdbc.sql("""
            UPDATE opsflow_policy_deviation SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
            WHERE deviation_number = ?""")
        .params(status, by, Timestamp.from(at), note, number).update();
  }

  void deviationExpired(String number) {
    jdbc.sql("UPDATE opsflow_policy_deviation SET status = 'EXPIRED' WHERE deviation_number = ?").param(number).update();
  }

  public Optional<Deviation> deviation(String number) {
    return jdbc.sql("SELECT * FROM opsflow_policy_deviation WHERE deviation_number = ?").param(number)
        .query((rs, row) -> deviation(rs)).optional();
  }

  /** The policy's deviations in force, the soonest to expire first. */
  public List<Deviation> deviationsInForce(String policy) {
    return jdbc.sql("""
            SELECT * FROM opsflow_policy_deviation WHERE policy_number = ? AND status = 'IN_FORCE'
            ORDER BY expires_at, deviation_number""")
        .param(policy).query((rs, row) -> deviation(rs)).list();
  }

  private static Deviation deviation(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Deviation(rs.getString("deviation_number"), rs.getString("policy_number"), rs.getString("requested_by"),
        rs.getString("reason"), instant(rs.getTimestamp("expires_at")), rs.getString("status"),
        rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_note"));
  }

  private static Policy policy(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Policy(rs.getString("policy_number"), rs.getString("title"), rs.getString("goals_and_scope"),
        List.of(rs.getString("affected_groups").split(",")), rs.getInt("version"), rs.getString("policy_text"),
        rs.getString("references_text"), instant(rs.getTimestamp("effective_from")), rs.getString("published_by"),
        instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("next_evaluation_at")),
        rs.getString("last_evaluation"), instant(rs.getTimestamp("retired_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
