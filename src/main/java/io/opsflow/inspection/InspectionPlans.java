package io.opsflow.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.DuePlans;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inspection plans: which CIs are inspected (every CMDB item of a type in service, or a list),
 * against which checklist, how often, by which group, and when each is next due.
 */
@Repository
public class InspectionPlans {

  /**
   * A checklist item. A measured item has a unit and a highest possible reading ({@code max});
   * InspectionFinding judges its readings. An item without a unit is only ok or an anomaly.
   */
  public record Item(String id, String name, String unit, Double max) {

    boolean measured() {
      return unit != null;
    }
  }

  /**
   * A plan. {@code frequency} is an ISO 8601 period (P1D, P1W, P1M); {@code doneWithin} the
   * duration after the due time when the group is reminded of a round not done.
   */
  public record Plan(String planId, String name, String ciType, List<String> ciIds, List<Item> checklist,
      String frequency, String doneWithin, String groupId, Instant nextDueAt, boolean active) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;
  private final DuePlans schedule;
  private final Cmdb cmdb;

  InspectionPlans(JdbcClient jdbc, Cmdb cmdb) {
    this.jdbc = jdbc;
    this.schedule = new DuePlans(jdbc, "opsflow_inspection_plan");
    this.cmdb = cmdb;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_inspection_plan").query(Long.class).single();
  }

  public void add(Plan plan) {
    jdbc.sql("""
            INSERT INTO opsflow_inspection_plan (plan_id, name, ci_type, ci_ids, checklist, frequency, done_within,
              group_id, next_due_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.planId(), plan.name(), plan.ciType(), plan.ciIds() == null ? null : write(plan.ciIds()),
            write(plan.checklist()), plan.frequency(), plan.doneWithin(), plan.groupId(),
            Timestamp.from(plan.nextDueAt()), plan.active())
        .update();
  }

  /**
   * Replaces a stored plan with the one given (same id); a {@code nextDueAt} of null keeps the stored
   * time, so that a round the schedule claimed meanwhile (it moves the time on) is not due again.
   */
  void replace(Plan plan) {
    if (plan.nextDueAt() == null) {
      jdbc.sql("""
              UPDATE opsflow_inspection_plan SET name = ?, ci_type = ?, ci_ids = ?, checklist = ?, frequency = ?,
                done_within = ?, group_id = ?, active = ? WHERE plan_id = ?""")
          .params(plan.name(), plan.ciType(), plan.ciIds() == null ? null : write(plan.ciIds()), write(plan.checklist()),
              plan.frequency(), plan.doneWithin(), plan.groupId(), plan.active(), plan.planId())
          .update();
      return;
    }
    jdbc.sql("""
            UPDATE opsflow_inspection_plan SET name = ?, ci_type = ?, ci_ids = ?, checklist = ?, frequency = ?,
              done_within = ?, group_id = ?, next_due_at = ?, active = ? WHERE plan_id = ?""")
        .params(plan.name(), plan.ciType(), plan.ciIds() == null ? null : write(plan.ciIds()), write(plan.checklist()),
            plan.frequency(), plan.doneWithin(), plan.groupId(), Timestamp.from(plan.nextDueAt()), plan.active(),
            plan.planId())
        .update();
  }

  public Optional<Plan> find(String planId) {
    return jdbc.sql("SELECT * FROM opsflow_inspection_plan WHERE plan_id = ?").param(planId).query(InspectionPlans::plan)
        .optional();
  }

  public List<Plan> list() {
    return jdbc.sql("SELECT * FROM opsflow_inspection_plan ORDER BY plan_id").query(InspectionPlans::plan).list();
  }

  /** The active plans due by then, the most overdue first. */
  List<String> due(Instant now) {
    return schedule.due(now);
  }

  /**
   * Claims the plan's round due by the time the check looked: moves its next due time on by its
   * frequency (past now: missed rounds are not made up one by one) and answers the due time
   * claimed; empty when the round is no longer due (another node or a retry claimed it).
   */
  Optional<Instant> claimDue(String planId, Instant checkedAt, Instant now) {
    Optional<Plan> plan = find(planId).filter(Plan::active).filter(p -> !p.nextDueAt().isAfter(checkedAt));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    Instant due = plan.get().nextDueAt();
    return schedule.claim(planId, due, Period.parse(plan.get().frequency()), now) ? Optional.of(due) : Optional.empty();
  }

  /** What a plan inspects: a CMDB item, or a place the CMDB does not hold (a machine room), by its id. */
  record Target(String id, String name) {
  }

  /** What the plan inspects: its list, or every CMDB item of its type in service. */
  List<Target> targets(Plan plan) {
    if (plan.ciIds() != null && !plan.ciIds().isEmpty()) {
      return plan.ciIds().stream().map(id -> new Target(id, cmdb.find(id).map(Cmdb.Item::name).orElse(id))).toList();
    }
    return cmdb.list(plan.ciType(), null).stream().map(item -> new Target(item.id(), item.name())).toList();
  }

  private static Plan plan(ResultSet rs, int row) throws SQLException {
    String ciIds = rs.getString("ci_ids");
    return new Plan(rs.getString("plan_id"), rs.getString("name"), rs.getString("ci_type"),
        ciIds == null ? null : read(ciIds, new TypeReference<List<String>>() { }),
        read(rs.getString("checklist"), new TypeReference<List<Item>>() { }), rs.getString("frequency"),
        rs.getString("done_within"), rs.getString("group_id"), rs.getTimestamp("next_due_at").toInstant(),
        rs.getBoolean("active"));
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static <T> T read(String text, TypeReference<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored inspection plan no longer reads", e);
    }
  }
}
