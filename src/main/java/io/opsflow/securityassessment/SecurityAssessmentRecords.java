package io.opsflow.securityassessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The security assessments and their findings: the assessment's evidence. */
@Repository
public class SecurityAssessmentRecords {

  public static final String OPEN = "OPEN";
  public static final String CHANGE_REQUESTED = "CHANGE_REQUESTED";
  public static final String FIXED = "FIXED";
  public static final String ACCEPTED = "ACCEPTED";

  /** An assessment as kept. */
  public record Assessment(String assessmentNumber, String method, List<String> scopeCis, String vendor,
      String requestedBy, String scheduledQuarter, Instant openedAt, String summary, String assessedBy,
      Instant assessedAt, Instant reportedAt) {
  }

  /** A finding as kept. */
  public record Finding(String assessmentNumber, int findingNo, String title, String ci, BigDecimal cvssScore,
      String rating, String exposure, String description, String riskLevel, Instant dueAt, String status,
      String changeNumber, String acceptanceReason, LocalDate acceptedUntil, String retestNotes, Instant escalatedAt,
      Instant closedAt) {
  }

  private final JdbcClient jdbc;

  SecurityAssessmentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the quarter's scheduled assessment is opened already. */
  boolean quarterOpened(String quarter) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_security_assessment WHERE scheduled_quarter = ?").param(quarter)
        .query(Long.class).single() > 0;
  }

  void opened(Assessment a, String processInstanceId) {
    jdbc.sql("""
            INSERT INTO opsflow_security_assessment (assessment_number, process_instance_id, method, scope_cis, vendor,
              requested_by, scheduled_quarter, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(a.assessmentNumber(), processInstanceId, a.method(), String.join(",", a.scopeCis()), a.vendor(),
            a.requestedBy(), a.scheduledQuarter(), Timestamp.from(a.openedAt())).update();
  }

  /** The summary and findings as assessed; written again whole when a retried job repeats it. */
  void assessed(String number, String summary, String by, Instant at, List<Finding> findings) {
    jdbc.sql("UPDATE opsflow_security_assessment SET summary = ?, assessed_by = ?, assessed_at = ? WHERE assessment_number = ?")
        .params(summary, by, Timestamp.from(at), number).update();
    jdbc.sql("DELETE FROM opsflow_security_finding WHERE assessment_number = ?").param(number).update();
    for (Finding f : findings) {
      jdbc.sql("""
              INSERT INTO opsflow_security_finding (assessment_number, finding_no, title, ci_id, cvss_score, rating,
                exposure, description, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(number, f.findingNo(), f.title(), f.ci(), f.cvssScore(), f.rating(), f.exposure(), f.description(),
              OPEN).update();
    }
  }

  void rated(String number, int findingNo, String riskLevel, Instant dueAt) {
    update(number, findingNo, "risk_level = ?, due_at = ?", riskLevel, Timestamp.from(dueAt));
  }

  void changeRequested(String number, int findingNo, String changeNumber) {
    update(number, findingNo, "status = ?, change_number = ?", CHANGE_REQUESTED, changeNumber);
  }

  void accepted(String number, int findingNo, String reason, LocalDate until, Instant at) {
    update(number, findingNo, "status = ?, acceptance_reason = ?, accepted_until = ?, closed_at = ?", ACCEPTED, reason,
        java.sql.Date.valueOf(until), Timestamp.from(at));
  }

  void fixed(String number, int findingNo, String retestNotes, Instant at) {
    update(number, findingNo, "status = ?, retest_notes = ?, closed_at = ?", FIXED, retestNotes, Timestamp.from(at));
  }

  void escalated(String number, int findingNo, Instant at) {
    update(number, findingNo, "escalated_at = ?", Timestamp.from(at));
  }

  void reported(String number, Instant at) {
    jdbc.sql("UPDATE opsflow_security_assessment SET reported_at = ? WHERE assessment_number = ?")
        .params(Timestamp.from(at), number).update();
  }

  private void update(String number, int findingNo, String set, Object... values) {
    List<Object> params = new java.util.ArrayList<>(List.of(values));
    params.add(number);
    params.add(findingNo);
    jdbc.sql("UPDATE opsflow_security_finding SET " + set + " WHERE assessment_number = ? AND finding_no = ?")
        .params(params).update();
  }

  public Optional<Assessment> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_security_assessment WHERE assessment_number = ?").param(number)
        .query((rs, n) -> new Assessment(rs.getString("assessment_number"), rs.getString("method"),
            List.of(rs.getString("scope_cis").split(",")), rs.getString("vendor"), rs.getString("requested_by"),
            rs.getString("scheduled_quarter"), instant(rs, "opened_at"), rs.getString("summary"),
            rs.getString("assessed_by"), instant(rs, "assessed_at"), instant(rs, "reported_at")))
        .optional();
  }

  public List<Finding> findings(String number) {
    return jdbc.sql("SELECT * FROM opsflow_security_finding WHERE assessment_number = ? ORDER BY finding_no")
        .param(number).query((rs, n) -> finding(rs)).list();
  }

  public Optional<Finding> finding(String number, int findingNo) {
    return findings(number).stream().filter(f -> f.findingNo() == findingNo).findFirst();
  }

  private static Finding finding(ResultSet rs) throws SQLException {
    java.sql.Date until = rs.getDate("accepted_until");
    return new Finding(rs.getString("assessment_number"), rs.getInt("finding_no"), rs.getString("title"),
        rs.getString("ci_id"), rs.getBigDecimal("cvss_score"), rs.getString("rating"), rs.getString("exposure"),
        rs.getString("description"), rs.getString("risk_level"), instant(rs, "due_at"), rs.getString("status"),
        rs.getString("change_number"), rs.getString("acceptance_reason"), until == null ? null : until.toLocalDate(),
        rs.getString("retest_notes"), instant(rs, "escalated_at"), instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
