package io.opsflow.servicelevel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly service reviews and their improvement actions: the review's evidence. */
@Repository
public class ServiceReviewRecords {

  /** A review as kept. */
  public record Review(String reviewNumber, String reviewMonth, String processInstanceId, Instant openedAt,
      String reportHtml, String verdicts, String problems, String reviewNotes, String reviewedBy, Instant reviewedAt,
      Instant closedAt) {
  }

  public record Action(String reviewNumber, int actionNo, String text, String owner, Instant dueAt, String status,
      String doneNote, Instant doneAt) {
  }

  private final JdbcClient jdbc;

  ServiceReviewRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the month's review for this instance: false when it is claimed already. Two nodes that
   * claim at once meet at the primary key: the second's job fails, and its retry finds the claim.
   */
  boolean claim(String number, String month, String processInstanceId, Instant now) {
    if (find(number).isPresent()) {
      return false;
    }
    jdbc.sql("""
            INSERT INTO opsflow_service_review (review_number, review_month, process_instance_id, opened_at)
            VALUES (?, ?, ?, ?)""")
        .params(number, month, processInstanceId, Timestamp.from(now)).update();
    return true;
  }

  void reported(String number, String reportHtml, String verdicts) {
    jdbc.sql("UPDATE opsflow_service_review SET report_html = ?, verdicts = ? WHERE review_number = ?")
        .params(reportHtml, cut(verdicts, 8000), number).update();
  }

  void problemsOpened(String number, List<String> problems) {
    jdbc.sql("UPDATE opsflow_service_review SET problems = ? WHERE review_number = ?")
        .params(cut(String.join(", ", problems), 1000), number).update();
  }

  /** The review's notes and actions; written again whole when a retried job repeats it. */
  void reviewed(String number, String notes, String by, Instant now, List<Action> actions) {
    jdbc.sql("UPDATE opsflow_service_review SET review_notes = ?, reviewed_by = ?, reviewed_at = ? WHERE review_number = ?")
        .params(cut(notes, 4000), by, Timestamp.from(now), number).update();
    jdbc.sql("DELETE FROM opsflow_service_review_action WHERE review_number = ?").param(number).update();
    for (Action action : actions) {
      jdbc.sql("""
              INSERT INTO opsflow_service_review_action (review_number, action_no, action_text, owner, due_at, status)
              VALUES (?, ?, ?, ?, ?, 'OPEN')""")
          .params(number, action.actionNo(), cut(action.text(), 1000), action.owner(), Timestamp.from(action.dueAt()))
          .update();
    }
  }

  void actionDone(String number, int actionNo, String note, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_service_review_action SET status = 'DONE', done_note = ?, done_at = ?
            WHERE review_number = ? AND action_no = ?""")
        .params(cut(note, 2000), Timestamp.from(now), number, actionNo).update();
  }

  void closed(String number, Instant now) {
    jdbc.sql("UPDATE opsflow_service_review SET closed_at = ? WHERE review_number = ?")
        .params(Timestamp.from(now), number).update();
  }

  public Optional<Review> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_service_review WHERE review_number = ?").param(number)
        .query((rs, row) -> new Review(rs.getString("review_number"), rs.getString("review_month"),
            rs.getString("process_instance_id"), instant(rs.getTimestamp("opened_at")), rs.getString("report_html"),
            rs.getString("verdicts"), rs.getString("problems"), rs.getString("review_notes"),
            rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), instant(rs.getTimestamp("closed_at"))))
        .optional();
  }

  public List<Action> actions(String number) {
    return jdbc.sql("SELECT * FROM opsflow_service_review_action WHERE review_number = ? ORDER BY action_no")
        .param(number)
        .query((rs, row) -> new Action(rs.getString("review_number"), rs.getInt("action_no"), rs.getString("action_text"),
            rs.getString("owner"), instant(rs.getTimestamp("due_at")), rs.getString("status"), rs.getString("done_note"),
            instant(rs.getTimestamp("done_at"))))
        .list();
  }

  Optional<Action> action(String number, int actionNo) {
    return actions(number).stream().filter(a -> a.actionNo() == actionNo).findFirst();
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
