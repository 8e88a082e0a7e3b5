package io.opsflow.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training plans (a yearly plan per role group, its sessions) and each person's training records:
 * a session attended ({@link #SESSION}), a policy version acknowledged ({@link #POLICY}), an induction
 * into a group ({@link #INDUCTION}, due until the person attends one of the group's sessions).
 */
@Repository
public class TrainingRecords {

  public static final String SESSION = "session";
  public static final String POLICY = "policy";
  public static final String INDUCTION = "induction";
  public static final String DONE = "DONE";
  public static final String DUE = "DUE";

  public record Session(long sessionId, String topic, LocalDate date, String trainer) {
  }

  public record Plan(long planId, String group, int year, String createdBy, Instant createdAt, List<Session> sessions) {
  }

  /** A person's training: where it comes from, what it was about, done or due. */
  public record Training(String userId, String source, String reference, String topic, String status,
      Instant recordedAt, String recordedBy) {
  }

  /** A session with its plan's group, as attendance needs it. */
  record SessionOfPlan(long sessionId, String group, String topic, String trainer) {
  }

  private final JdbcClient jdbc;

  TrainingRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean planExists(String group, int year) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_training_plan WHERE group_id = ? AND plan_year = ?")
        .params(group, year).query(Integer.class).single() > 0;
  }

  @Transactional
  long planned(String group, int year, String by, Instant at, List<Session> sessions) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO opsflow_training_plan (group_id, plan_year, created_by, created_at) VALUES (?, ?, ?, ?)")
        .params(group, year, by, Timestamp.from(at)).update(key, "plan_id");
    long planId = key.getKey().longValue();
    for (Session s : sessions) {
      jdbc.sql("INSERT INTO opsflow_training_session (plan_id, topic, session_date, trainer) VALUES (?, ?, ?, ?)")
          .params(planId, s.topic(), Date.valueOf(s.date()), s.trainer()).update();
    }
    return planId;
  }

  /** The plans of the year (any year: null) and group (any: null), with their sessions by date. */
  public List<Plan> plans(Integer year, String group) {
    return jdbc.sql("""
            SELECT * FROM opsflow_training_plan WHERE (CAST(? AS INTEGER) IS NULL OR plan_year = ?)
            AND (CAST(? AS VARCHAR(64)) IS NULL OR group_id = ?) ORDER BY plan_year, group_id""")
        .params(year, year, group, group)
        .query((rs, row) -> new Plan(rs.getLong("plan_id"), rs.getString("group_id"), rs.getInt("plan_year"),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), null))
        .list().stream()
        .map(p -> new Plan(p.planId(), p.group(), p.year(), p.createdBy(), p.createdAt(), sessions(p.planId())))
        .toList();
  }

  private List<Session> sessions(long planId) {
    return jdbc.sql("SELECT * FROM opsflow_training_session WHERE plan_id = ? ORDER BY session_date, session_id")
        .param(planId)
        .query((rs, row) -> new Session(rs.getLong("session_id"), rs.getString("topic"),
            rs.getDate("session_date").toLocalDate(), rs.getString("trainer")))
        .list();
  }

  Optional<SessionOfPlan> session(long sessionId) {
    return jdbc.sql("""
            SELECT s.session_id, p.group_id, s.topic, s.trainer FROM opsflow_training_session s
            JOIN opsflow_training_plan p ON p.plan_id = s.plan_id WHERE s.session_id = ?""")
        .param(sessionId)
        .query((rs, row) -> new SessionOfPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  /** Each attendee has the session done (once), and their induction into the session's group, if due, done. */
  @Transactional
  void attended(SessionOfPlan session, List<String> attendees, String by, Instant at) {
    for (String user : attendees) {
      record(user, SESSION, String.valueOf(session.sessionId()), session.topic(), DONE, by, at);
      jdbc.sql("""
              UPDATE opsflow_training_record SET status = ?, recorded_at = ?, recorded_by = ?
              WHERE user_id = ? AND source = ? AND reference = ? AND status = ?""")
          .params(DONE, Timestamp.from(at), by, user, INDUCTION, session.group(), DUE).update();
    }
  }

  /** The person is to be inducted into the group: due until they attend one of its sessions. */
  void inductionDue(String user, String group, String by, Instant at) {
    record(user, INDUCTION, group, "Induction into " + group + " / 入组培训", DUE, by, at);
  }

  /**
   * The person acknowledged having read the policy's version (PolicyRevision's "Acknowledge the
   * policy": 发布和培训): a training record of source {@link #POLICY}.
   */
  public void policyAcknowledged(String user, String policyNumber, int version, String title, Instant at) {
    String topic = title.length() > 180 ? title.substring(0, 180) : title;
    record(user, POLICY, policyNumber + " v" + version, topic, DONE, user, at);
  }

  private void record(String user, String source, String reference, String topic, String status, String by,
      Instant at) {
    boolean recorded = jdbc.sql(
            "SELECT COUNT(*) FROM opsflow_training_record WHERE user_id = ? AND source = ? AND reference = ?")
        .params(user, source, reference).query(Integer.class).single() > 0;
    if (!recorded) {
      jdbc.sql("""
              INSERT INTO opsflow_training_record (user_id, source, reference, topic, status, recorded_at, recorded_by)
              VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(user, source, reference, topic, status, Timestamp.from(at), by).update();
    }
  }

  /** The person's training, the newest first. */
  public List<Training> of(String user) {
    return jdbc.sql("SELECT * FROM opsflow_training_record WHERE user_id = ? ORDER BY recorded_at DESC, id DESC")
        .param(user)
        .query((rs, row) -> new Training(rs.getString("user_id"), rs.getString("source"), rs.getString("reference"),
            rs.getString("topic"), rs.getString("status"), rs.getTimestamp("recorded_at").toInstant(),
            rs.getString("recorded_by")))
        .list();
  }
}
