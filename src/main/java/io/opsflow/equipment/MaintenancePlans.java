package io.opsflow.equipment;

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
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The maintenance plans (保养计划: 保养周期、保养内容和保养责任人): what is maintained (every CMDB item of
 * a type in service, or one item), how often, against which checklist and with which consumables, by
 * which group, and when each is next due. Every edit is a new version; the old ones are kept.
 */
@Repository
public class MaintenancePlans {

  /** The cycles a plan may have, and the period of each. */
  public static final Map<String, Period> CYCLES = Map.of("monthly", Period.ofMonths(1), "quarterly",
      Period.ofMonths(3), "yearly", Period.ofYears(1));

  /** A checklist item. */
  public record Item(String id, String name) {
  }

  /** A consumable a run is expected to use, and how many. */
  public record Part(String name, Integer quantity) {
  }

  /** A plan at one version; {@code ciType} or {@code ciId} says what it maintains. */
  public record Plan(String planId, int version, String name, String ciType, String ciId, String cycle,
      List<Item> checklist, List<Part> parts, String ownerGroup, Instant nextDueAt, boolean active) {
  }

  /** A version of a plan as it was, who wrote it and why. */
  public record Version(Plan plan, String changedBy, Instant changedAt, String reason) {
  }

  /** What a maintenance covers: a configuration item. */
  record Target(String id, String name) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JdbcClient jdbc;
  private final DuePlans schedule;
  private final Cmdb cmdb;

  MaintenancePlans(JdbcClient jdbc, Cmdb cmdb) {
    this.jdbc = jdbc;
    this.schedule = new DuePlans(jdbc, "opsflow_maintenance_plan");
    this.cmdb = cmdb;
  }

  public Optional<Plan> find(String planId) {
    return jdbc.sql("SELECT * FROM opsflow_maintenance_plan WHERE plan_id = ?").param(planId)
        .query((rs, row) -> plan(rs, rs.getTimestamp("next_due_at").toInstant())).optional();
  }

  public List<Plan> list() {
    return jdbc.sql("SELECT * FROM opsflow_maintenance_plan ORDER BY plan_id")
        .query((rs, row) -> plan(rs, rs.getTimestamp("next_due_at").toInstant())).list();
  }

  /** Every version of the plan, the first first. */
  public List<Version> versions(String planId) {
    return jdbc.sql("SELECT * FROM opsflow_maintenance_plan_version WHERE plan_id = ? ORDER BY version").param(planId)
        .query((rs, row) -> new Version(plan(rs, null), rs.getString("changed_by"),
            rs.getTimestamp("changed_at").toInstant(), rs.getString("reason"))).list();
  }

  /** A new plan, version 1. */
  @Transactional
  public void add(Plan plan, String by) {
    jdbc.sql("""
            INSERT INTO opsflow_maintenance_plan (plan_id, version, name, ci_type, ci_id, cycle, checklist, parts,
              owner_group, next_due_at, active) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.planId(), plan.name(), plan.ciType(), plan.ciId(), plan.cycle(), write(plan.checklist()),
            write(plan.parts()), plan.ownerGroup(), Timestamp.from(plan.nextDueAt()), plan.active())
        .update();
    keepVersion(plan.planId(), by, "created");
  }

  /**
   * The plan's next version: the fields of the one given, the version one up, the previous version
   * kept. A {@code nextDueAt} of null keeps the stored time (the schedule may have moved it on). A plan
   * revised since {@code basedOn} was read is not overwritten: 409.
   */
  @Transactional
  public Plan revise(Plan plan, int basedOn, String by, String reason) {
    int revised = jdbc.sql("""
            UPDATE opsflow_maintenance_plan SET version = version + 1, name = ?, ci_type = ?, ci_id = ?, cycle = ?,
              checklist = ?, parts = ?, owner_group = ?, next_due_at = COALESCE(?, next_due_at), active = ?
            WHERE plan_id = ? AND version = ?""")
        .params(plan.name(), plan.ciType(), plan.ciId(), plan.cycle(), write(plan.checklist()), write(plan.parts()),
            plan.ownerGroup(), plan.nextDueAt() == null ? null : Timestamp.from(plan.nextDueAt()), plan.active(),
            plan.planId(), basedOn)
        .update();
    if (revised != 1) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "maintenance plan " + plan.planId()
          + " was changed since version " + basedOn + "; read it again");
    }
    keepVersion(plan.planId(), by, reason);
    return find(plan.planId()).orElseThrow();
  }

  private void keepVersion(String planId, String by, String reason) {
    jdbc.sql("""
            INSERT INTO opsflow_maintenance_plan_version (plan_id, version, name, ci_type, ci_id, cycle, checklist, parts,
              owner_group, active, changed_by, changed_at, reason)
            SELECT plan_id, version, name, ci_type, ci_id, cycle, checklist, parts, owner_group, active, ?, ?, ?
            FROM opsflow_maintenance_plan WHERE plan_id = ?""")
        .params(by, Timestamp.from(Instant.now()), reason, planId).update();
  }

  /** The active plans due by then, the most overdue first. */
  List<String> due(Instant now) {
    return schedule.due(now);
  }

  /**
   * Claims the plan's maintenance due by the time the check looked: one conditional UPDATE moves its
   * next due time on by its cycle (past now: missed ones are not made up one by one), so of two nodes
   * (or a retry) only one claims it. Answers the due time claimed, or empty.
   */
  Optional<Instant> claimDue(String planId, Instant checkedAt, Instant now) {
    Optional<Plan> plan = find(planId).filter(Plan::active).filter(p -> !p.nextDueAt().isAfter(checkedAt));
    if (plan.isEmpty()) {
      return Optional.empty();
    }
    Instant due = plan.get().nextDueAt();
    return schedule.claim(planId, due, CYCLES.get(plan.get().cycle()), now) ? Optional.of(due) : Optional.empty();
  }

  /** What the plan maintains: its item, or every CMDB item of its type in service. */
  List<Target> targets(Plan plan) {
    if (plan.ciId() != null) {
      return List.of(new Target(plan.ciId(), cmdb.find(plan.ciId()).map(Cmdb.Item::name).orElse(plan.ciId())));
    }
    return cmdb.list(plan.ciType(), null).stream().map(item -> new Target(item.id(), item.name())).toList();
  }

  private static Plan plan(ResultSet rs, Instant nextDueAt) throws SQLException {
    return new Plan(rs.getString("plan_id"), rs.getInt("version"), rs.getString("name"), rs.getString("ci_type"),
        rs.getString("ci_id"), rs.getString("cycle"), read(rs.getString("checklist"), new TypeReference<List<Item>>() { }),
        read(rs.getString("parts"), new TypeReference<List<Part>>() { }), rs.getString("owner_group"), nextDueAt,
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
      throw new IllegalStateException("a stored maintenance plan no longer reads", e);
    }
  }
}
