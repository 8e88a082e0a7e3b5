package io.opsflow.problem;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Problem ticket records in OpsFlow's own table, with the incidents each explains and an event
 * per phase. Keyed by the problem number; writes may be repeated by a retried job.
 */
@Repository
public class ProblemRecords {

  /** A problem as searches and reports see it. */
  public record Problem(String problemNumber, String processInstanceId, String summary, String category,
      String affectedCi, String priority, String status, String investigationGroup, String rootCause,
      String workaround, String fixDescription, Long knownErrorArticle, List<String> incidentNumbers,
      Instant recordedAt, Instant closedAt) {
  }

  /**
   * What registering a problem writes: the ticket as recorded, with the incidents it explains and
   * the user who reported it (null when none did).
   */
  record Registration(String number, String processInstanceId, String summary, String description, String category,
      String affectedCi, String impact, String urgency, List<String> incidentNumbers, String reporter) {
  }

  /** What the recorder's classification sets on the ticket, with the investigation's group. */
  record Classification(String summary, String description, String category, String affectedCi, String impact,
      String urgency, String priority, String investigationGroup) {
  }

  private final JdbcClient jdbc;

  ProblemRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds the problem-intake lock until the caller's transaction ends, so that two incidents
   * raising a problem for the same CI at once are handled one after the other, on every node.
   */
  void lockIntake() {
    jdbc.sql("SELECT lock_name FROM opsflow_lock WHERE lock_name = 'problem-intake' FOR UPDATE")
        .query(String.class).single();
  }

  /** The open problem for the CI and category, if there is one. */
  Optional<String> openProblemFor(String category, String affectedCi) {
    if (category == null || affectedCi == null) {
      return Optional.empty();
    }
    return jdbc.sql("""
            SELECT problem_number FROM opsflow_problem
            WHERE category = ? AND affected_ci = ? AND status <> 'CLOSED' ORDER BY recorded_at""")
        .params(category, affectedCi).query(String.class).list().stream().findFirst();
  }

  void register(Registration problem, Instant now) {
    String number = problem.number();
    Optional<Problem> existing = find(number);
    if (existing.isPresent() && !problem.processInstanceId().equals(existing.get().processInstanceId())) {
      throw new IllegalStateException(number + " belongs to another process instance");
    }
    if (existing.isEmpty()) {
      jdbc.sql("""
              INSERT INTO opsflow_problem (problem_number, process_instance_id, summary, description, category,
                affected_ci, impact, urgency, status, recorded_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?)""")
          .params(number, problem.processInstanceId(), problem.summary(), problem.description(), problem.category(),
              problem.affectedCi(), problem.impact(), problem.urgency(), Timestamp.from(now))
          .update();
      event(number, "RECORDED", null, now);
      if (problem.reporter() != null) {
        event(number, "REPORTED_BY_USER", problem.reporter(), now);
      }
    }
    problem.incidentNumbers().forEach(incident -> link(number, incident, now));
  }

  void link(String number, String incidentNumber, Instant now) {
    boolean linked = jdbc.sql("SELECT COUNT(*) FROM opsflow_problem_incident WHERE problem_number = ? AND incident_number = ?")
        .params(number, incidentNumber).query(Integer.class).single() > 0;
    if (!linked) {
      jdbc.sql("INSERT INTO opsflow_problem_incident (problem_number, incident_number, linked_at) VALUES (?, ?, ?)")
          .params(number, incidentNumber, Timestamp.from(now)).update();
      event(number, "INCIDENT_LINKED", incidentNumber, now);
    }
  }

  void classified(String number, Classification problem) {
    jdbc.sql("""
            UPDATE opsflow_problem SET summary = ?, description = ?, category = ?, affected_ci = ?, impact = ?,
              urgency = ?, priority = ?, investigation_group = ?, status = 'INVESTIGATING' WHERE problem_number = ?""")
        .params(problem.summary(), problem.description(), problem.category(), problem.affectedCi(), problem.impact(),
            problem.urgency(), problem.priority(), problem.investigationGroup(), number)
        .update();
  }

  void knownError(String number, String rootCause, String workaround, long article, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_problem SET root_cause = ?, workaround = ?, known_error_article = ?, status = 'KNOWN_ERROR'
            WHERE problem_number = ?""")
        .params(rootCause, workaround, article, number).update();
    event(number, "KNOWN_ERROR_PUBLISHED", "article " + article, now);
  }

  void status(String number, String status, String phase, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_problem SET status = ? WHERE problem_number = ?").params(status, number).update();
    event(number, phase, note, now);
  }

  void fixDecided(String number, String fix, Instant now) {
    jdbc.sql("UPDATE opsflow_problem SET fix_description = ?, status = 'FIX_IN_PROGRESS' WHERE problem_number = ?")
        .params(fix, number).update();
    event(number, "FIX_DECIDED", null, now);
  }

  void fixApplied(String number, String fix, Instant now) {
    jdbc.sql("UPDATE opsflow_problem SET fix_description = ?, status = 'VERIFYING' WHERE problem_number = ?")
        .params(fix, number).update();
  }

  /** The problem manager confirmed the fix worked, with this evidence (recorded once). */
  void fixVerified(String number, String evidence, Instant now) {
    boolean recorded = jdbc.sql("SELECT COUNT(*) FROM opsflow_problem_event WHERE problem_number = ? AND phase = 'FIX_VERIFIED'")
        .param(number).query(Integer.class).single() > 0;
    if (!recorded) {
      event(number, "FIX_VERIFIED", evidence, now);
    }
  }

  void closed(String number, Instant now) {
    jdbc.sql("UPDATE opsflow_problem SET status = 'CLOSED', closed_at = ? WHERE problem_number = ?")
        .params(Timestamp.from(now), number).update();
    event(number, "CLOSED", null, now);
  }

  void event(String number, String phase, String note, Instant now) {
    jdbc.sql("INSERT INTO opsflow_problem_event (problem_number, occurred_at, phase, note) VALUES (?, ?, ?, ?)")
        .params(number, Timestamp.from(now), phase, note).update();
  }

  public List<String> incidents(String number) {
    return jdbc.sql("SELECT incident_number FROM opsflow_problem_incident WHERE problem_number = ? ORDER BY linked_at, incident_number")
        .param(number).query(String.class).list();
  }

  public List<String> phases(String number) {
    return jdbc.sql("SELECT phase FROM opsflow_problem_event WHERE problem_number = ? ORDER BY id")
        .param(number).query(String.class).list();
  }

  /** The notes of the problem's events of one phase, oldest first. */
  List<String> notes(String number, String phase) {
    return jdbc.sql("SELECT note FROM opsflow_problem_event WHERE problem_number = ? AND phase = ? ORDER BY id")
        .params(number, phase).query(String.class).list();
  }

  public Optional<Problem> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_problem WHERE problem_number = ?").param(number)
        .query((rs, row) -> new Problem(rs.getString("problem_number"), rs.getString("process_instance_id"),
            rs.getString("summary"), rs.getString("category"), rs.getString("affected_ci"), rs.getString("priority"),
            rs.getString("status"), rs.getString("investigation_group"), rs.getString("root_cause"),
            rs.getString("workaround"), rs.getString("fix_description"),
            (Long) rs.getObject("known_error_article", Long.class), List.of(),
            rs.getTimestamp("recorded_at").toInstant(),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant()))
        .optional()
        .map(p -> new Problem(p.problemNumber(), p.processInstanceId(), p.summary(), p.category(), p.affectedCi(),
            p.priority(), p.status(), p.investigationGroup(), p.rootCause(), p.workaround(), p.fixDescription(),
            p.knownErrorArticle(), incidents(number), p.recordedAt(), p.closedAt()));
  }
}
