package io.opsflow.workplan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The operations work plans (年度、季度、月度运维工作计划) and their items with the progress recorded. */
@Repository
public class WorkPlanRecords {

  public static final String SUBMITTED = "SUBMITTED";
  public static final String APPROVED = "APPROVED";
  public static final String RETURNED = "RETURNED";

  public record Plan(String planNumber, String period, String title, String status, String draftedBy,
      Instant draftedAt, String decidedBy, Instant decidedAt, String decisionNote) {
  }

  /** An item: its owner (a user), due date, progress in percent, whether done and the last note. */
  public record Item(int itemId, String title, String owner, LocalDate dueDate, int progress, boolean done,
      String progressNote, String updatedBy, Instant updatedAt) {
  }

  /** An item of an approved plan past its due date and not done. */
  public record OverdueItem(String planNumber, String period, int itemId, String title, String owner,
      LocalDate dueDate, int progress) {
  }

  private final JdbcClient jdbc;

  WorkPlanRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  void drafted(Plan plan, List<Item> items) {
    jdbc.sql("""
            INSERT INTO opsflow_work_plan (plan_number, period, title, status, drafted_by, drafted_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(plan.planNumber(), plan.period(), plan.title(), SUBMITTED, plan.draftedBy(),
            Timestamp.from(plan.draftedAt()))
        .update();
    for (Item item : items) {
      jdbc.sql("""
              INSERT INTO opsflow_work_plan_item (plan_number, item_id, title, owner, due_date, progress, done)
              VALUES (?, ?, ?, ?, ?, 0, FALSE)""")
          .params(plan.planNumber(), item.itemId(), item.title(), item.owner(), Date.valueOf(item.dueDate())).update();
    }
  }

  void decided(String number, String status, String by, Instant at, String note) {
    jdbc.sql("UPDATE opsflow_work_plan SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? "
            + "WHERE plan_number = ?")
        .params(status, by, Timestamp.from(at), note, number).update();
  }

  void progressed(String number, int itemId, int progress, boolean done, String note, String by, Instant at) {
    jdbc.sql("""
            UPDATE opsflow_work_plan_item SET progress = ?, done = ?, progress_note = ?, updated_by = ?, updated_at = ?
            WHERE plan_number = ? AND item_id = ?""")
        .params(progress, done, note, by, Timestamp.from(at), number, itemId).update();
  }

  public Optional<Plan> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_work_plan WHERE plan_number = ?").param(number)
        .query((rs, row) -> new Plan(rs.getString("plan_number"), rs.getString("period"), rs.getString("title"),
            rs.getString("status"), rs.getString("drafted_by"), rs.getTimestamp("drafted_at").toInstant(),
            rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), rs.getString("decision_note")))
        .optional();
  }

  public List<Item> items(String number) {
    return jdbc.sql("SELECT * FROM opsflow_work_plan_item WHERE plan_number = ? ORDER BY item_id").param(number)
        .query((rs, row) -> new Item(rs.getInt("item_id"), rs.getString("title"), rs.getString("owner"),
            rs.getDate("due_date").toLocalDate(), rs.getInt("progress"), rs.getBoolean("done"),
            rs.getString("progress_note"), rs.getString("updated_by"), instant(rs.getTimestamp("updated_at"))))
        .list();
  }

  /** The items of approved plans due before the day and not done, the oldest due first. */
  public List<OverdueItem> overdue(LocalDate today) {
    return jdbc.sql("""
            SELECT p.plan_number, p.period, i.item_id, i.title, i.owner, i.due_date, i.progress
            FROM opsflow_work_plan_item i JOIN opsflow_work_plan p ON p.plan_number = i.plan_number
            WHERE p.status = ? AND i.done = FALSE AND i.due_date < ? ORDER BY i.due_date, p.plan_number, i.item_id""")
        .params(APPROVED, Date.valueOf(today))
        .query((rs, row) -> new OverdueItem(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getDate(6).toLocalDate(), rs.getInt(7)))
        .list();
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
