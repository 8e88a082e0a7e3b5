package io.opsflow.continuity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.process.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DR plans: per service, the systems a disaster takes down and how they are brought back
 * (scenario, RTO and RPO targets, runbook steps, owner), each revision kept as a version of its
 * own, and when each plan is next drilled. Plans name configuration items of the CMDB; those
 * whose data is backed up are registered for restore tests.
 *
 * <p>Drills and disasters work on the version they were registered under ({@link #registered}),
 * so that retiring or revising a plan leaves those already running alone. It speaks no HTTP: a
 * plan that is missing or in the way is a {@link Missing} or a {@link Conflict}, which the API
 * answers with 404 and 409.
 */
@Service
class DrPlans {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,99}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
  };
  /** A year: no target beyond it is a recovery target. */
  static final int MAX_MINUTES = 525_600;
  /** The widths of the version table's columns that hold JSON lists (V8__continuity.sql). */
  static final int MAX_SYSTEMS_JSON = 2000;
  static final int MAX_RUNBOOK_JSON = 8000;
  static final int MAX_INTERVAL_TEXT = 20;
  /** The longest drill interval: a plan not drilled for ten years is no plan. */
  static final Period MAX_DRILL_INTERVAL = Period.ofYears(10);

  /** No such plan (the API answers 404). */
  static final class Missing extends RuntimeException {
    Missing(String id) {
      super("no DR plan " + id);
    }
  }

  /** The plan is in the way: it exists already, is retired, or was revised meanwhile (the API answers 409). */
  static final class Conflict extends RuntimeException {
    Conflict(String message) {
      super(message);
    }
  }

  /** What a plan says, as written (a new plan or a revision). Nulls are missing fields. */
  record Content(String name, String service, String scenario, List<String> systems, List<String> backupSystems,
      Integer rtoMinutes, Integer rpoMinutes, List<String> runbookSteps, String owner, String drillInterval) {
  }

  /** One version of a plan. */
  record Version(String id, int version, String name, String service, String scenario, List<String> systems,
      List<String> backupSystems, int rtoMinutes, int rpoMinutes, List<String> runbookSteps, String owner,
      String drillInterval, Instant changedAt, String changedBy, String changeReason) {

    Content content() {
      return new Content(name, service, scenario, systems, backupSystems, rtoMinutes, rpoMinutes, runbookSteps, owner,
          drillInterval);
    }
  }

  /** A plan: its current version, when it is next drilled and how its last drill went. */
  record Plan(@JsonUnwrapped Version current, Instant nextDrillDue, String lastDrillNumber, Instant lastDrillAt,
      String lastDrillVerdict, boolean retired) {
  }

  private final JdbcClient jdbc;
  private final Cmdb cmdb;
  private final IdentityService identity;
  private final ContinuitySchedule schedule;
  private final BackupTests backups;

  DrPlans(JdbcClient jdbc, Cmdb cmdb, IdentityService identity, ContinuitySchedule schedule, BackupTests backups) {
    this.jdbc = jdbc;
    this.cmdb = cmdb;
    this.identity = identity;
    this.schedule = schedule;
    this.backups = backups;
  }

  // --- reads ------------------------------------------------------------------------------------

  List<Plan> list() {
    return jdbc.sql("SELECT plan_id FROM opsflow_dr_plan WHERE retired = FALSE ORDER BY plan_id")
        .query(String.class).list().stream().map(id -> find(id).orElseThrow()).toList();
  }

  Optional<Plan> find(String id) {
    record Row(int version, Instant nextDrillDue, String lastDrillNumber, Instant lastDrillAt, String lastDrillVerdict,
        boolean retired) {
    }
    return jdbc.sql("SELECT * FROM opsflow_dr_plan WHERE plan_id = ?").param(id)
        .query((rs, n) -> new Row(rs.getInt("current_version"), instant(rs, "next_drill_due_at"),
            rs.getString("last_drill_number"), instant(rs, "last_drill_at"), rs.getString("last_drill_verdict"),
            rs.getBoolean("retired")))
        .optional()
        .map(row -> new Plan(version(id, row.version()).orElseThrow(), row.nextDrillDue(), row.lastDrillNumber(),
            row.lastDrillAt(), row.lastDrillVerdict(), row.retired()));
  }

  /** The plan, if it exists and is not retired. */
  Optional<Plan> inForce(String id) {
    return id == null ? Optional.empty() : find(id).filter(p -> !p.retired());
  }

  /**
   * The version a drill or disaster was registered under, whatever became of the plan since (a
   * version is never changed nor deleted): its absence is a technical fault.
   */
  Version registered(String id, int version) {
    return version(id, version)
        .orElseThrow(() -> new IllegalStateException("DR plan " + id + " has no version " + version));
  }

  /** Every version of the plan, the newest first. */
  List<Version> versions(String id) {
    find(id).orElseThrow(() -> new Missing(id));
    return jdbc.sql("SELECT * FROM opsflow_dr_plan_version WHERE plan_id = ? ORDER BY version DESC").param(id)
        .query(DrPlans::version).list();
  }

  Optional<Version> version(String id, int version) {
    return jdbc.sql("SELECT * FROM opsflow_dr_plan_version WHERE plan_id = ? AND version = ?").params(id, version)
        .query(DrPlans::version).optional();
  }

  long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_dr_plan").query(Long.class).single();
  }

  /** The systems of plans in force whose backups are restore-tested. */
  Set<String> backedUpSystems() {
    Set<String> systems = new HashSet<>();
    list().forEach(plan -> systems.addAll(plan.current().backupSystems()));
    return systems;
  }

  // --- writes -----------------------------------------------------------------------------------

  /** Writes version 1; the first drill falls due one drill interval from now. */
  @Transactional
  Plan create(String id, Content content, String author, String reason) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new BadRequestException("id", "id must be 2 to 100 lower-case letters, digits or dashes, "
          + "starting with a letter or digit");
    }
    Content valid = validate(content, reason);
    if (find(id).isPresent()) {
      throw new Conflict("DR plan " + id + " exists already");
    }
    Instant now = EngineClock.now();
    jdbc.sql("INSERT INTO opsflow_dr_plan (plan_id, current_version, created_at, next_drill_due_at, retired) "
            + "VALUES (?, 1, ?, ?, FALSE)")
        .params(id, Timestamp.from(now), Timestamp.from(ContinuitySchedule.after(now, interval(valid))))
        .update();
    insertVersion(id, 1, valid, now, author, reason);
    backups.protect(valid.backupSystems(), now);
    return find(id).orElseThrow();
  }

  /**
   * Writes the next version. A changed drill interval counts from the last drill (or the plan's
   * creation). Two revisions at once: the second is refused (409) rather than lost.
   */
  @Transactional
  Plan revise(String id, Content content, String author, String reason) {
    Plan plan = find(id).orElseThrow(() -> new Missing(id));
    if (plan.retired()) {
      throw new Conflict("DR plan " + id + " is retired");
    }
    Content valid = validate(content, reason);
    int next = plan.current().version() + 1;
    Instant now = EngineClock.now();
    if (!nextVersion(id, plan.current().version())) {
      throw new Conflict("DR plan " + id + " was revised meanwhile; read it again");
    }
    insertVersion(id, next, valid, now, author, reason);
    if (!valid.drillInterval().equals(plan.current().drillInterval())) {
      Instant from = jdbc.sql("SELECT COALESCE(last_drill_at, created_at) FROM opsflow_dr_plan WHERE plan_id = ?")
          .param(id).query(Timestamp.class).single().toInstant();
      jdbc.sql("UPDATE opsflow_dr_plan SET next_drill_due_at = ? WHERE plan_id = ?")
          .params(Timestamp.from(ContinuitySchedule.after(from, interval(valid))), id).update();
    }
    backups.protect(valid.backupSystems(), now);
    return find(id).orElseThrow();
  }

  /**
   * The revision a drill or disaster asks for ("Save plan revision"): the targets and runbook
   * become the next version; the rest is carried over from the latest version, as it stands, so
   * that a system retired in the CMDB since does not block the revision. A retired plan gets its
   * revision too, as its next version, and stays retired: the lessons are kept for whoever takes
   * the plan up again. A revision written meanwhile is a technical conflict: the job is retried.
   */
  @Transactional
  Version reviseAfterRecovery(String id, int rtoMinutes, int rpoMinutes, List<String> runbookSteps, String author,
      String reason) {
    Plan plan = find(id).orElseThrow(() -> new IllegalStateException("no DR plan " + id));
    Version latest = plan.current();
    List<String> steps = runbook(runbookSteps);
    Content revised = new Content(latest.name(), latest.service(), latest.scenario(), latest.systems(),
        latest.backupSystems(), minutes("rtoMinutes", rtoMinutes, 1), minutes("rpoMinutes", rpoMinutes, 0), steps,
        latest.owner(), latest.drillInterval());
    if (!nextVersion(id, latest.version())) {
      throw new IllegalStateException("DR plan " + id + " was revised meanwhile");
    }
    insertVersion(id, latest.version() + 1, revised, EngineClock.now(), author, reason);
    return registered(id, latest.version() + 1);
  }

  /** Takes the plan out of force: no more drills or backup tests for it; its history stays. */
  @Transactional
  void retire(String id) {
    find(id).orElseThrow(() -> new Missing(id));
    jdbc.sql("UPDATE opsflow_dr_plan SET retired = TRUE WHERE plan_id = ?").param(id).update();
  }

  // --- the drill schedule -----------------------------------------------------------------------

  /** The plans in force whose drill is due at the instant, the most overdue first. */
  List<String> due(Instant now) {
    return jdbc.sql("""
            SELECT plan_id FROM opsflow_dr_plan WHERE retired = FALSE AND next_drill_due_at <= ?
            ORDER BY next_drill_due_at, plan_id""")
        .param(Timestamp.from(now)).query(String.class).list();
  }

  /**
   * Claims the plan's drill that was due when the daily check looked: moves its next drill a
   * drill interval on, if it is still in force and still due then. False when a drill of it has
   * begun since (on demand, or by another check or a retried job): then none is to start. The
   * row's lock makes two claims of one due date wait for each other, and the second finds it gone.
   */
  boolean claimDueDrill(String id, Instant checkedAt, Instant now) {
    Optional<Plan> plan = inForce(id);
    return plan.isPresent() && jdbc.sql("""
            UPDATE opsflow_dr_plan SET next_drill_due_at = ?
            WHERE plan_id = ? AND retired = FALSE AND next_drill_due_at <= ?""")
        .params(Timestamp.from(ContinuitySchedule.after(now, Period.parse(plan.get().current().drillInterval()))), id,
            Timestamp.from(checkedAt))
        .update() == 1;
  }

  /** A drill of the plan began: the next one falls due a drill interval from now. */
  void drillStarted(String id, Instant now) {
    Plan plan = find(id).orElseThrow(() -> new IllegalStateException("no DR plan " + id));
    jdbc.sql("UPDATE opsflow_dr_plan SET next_drill_due_at = ? WHERE plan_id = ?")
        .params(Timestamp.from(ContinuitySchedule.after(now, Period.parse(plan.current().drillInterval()))), id)
        .update();
  }

  /** A drill (or real disaster) of the plan was evaluated: its result is the plan's last drill result. */
  void drillEvaluated(String id, String number, String verdict, Instant now) {
    jdbc.sql("UPDATE opsflow_dr_plan SET last_drill_number = ?, last_drill_at = ?, last_drill_verdict = ? WHERE plan_id = ?")
        .params(number, Timestamp.from(now), verdict, id).update();
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Checks every field, naming the first at fault; answers the content with defaults filled in. */
  private Content validate(Content c, String reason) {
    text("name", c.name(), 200);
    text("service", c.service(), 100);
    Cmdb.Item service = cmdb.find(c.service()).filter(i -> !i.retired())
        .orElseThrow(() -> new BadRequestException("service", "service " + c.service() + " is no configuration item in service"));
    if (!"service".equals(service.type())) {
      throw new BadRequestException("service", "service " + c.service() + " is a " + service.type() + ", not a service");
    }
    text("scenario", c.scenario(), 1000);
    List<String> systems = distinct("systems", c.systems());
    if (systems.isEmpty()) {
      throw new BadRequestException("systems", "systems must name at least one configuration item");
    }
    stored("systems", systems);
    for (String system : systems) {
      if (cmdb.find(system).filter(i -> !i.retired()).isEmpty()) {
        throw new BadRequestException("systems", "systems: " + system + " is no configuration item in service");
      }
    }
    List<String> backed = c.backupSystems() == null ? List.of() : distinct("backupSystems", c.backupSystems());
    stored("backupSystems", backed);
    for (String system : backed) {
      if (!systems.contains(system)) {
        throw new BadRequestException("backupSystems", "backupSystems: " + system + " is not one of the plan's systems");
      }
    }
    int rto = minutes("rtoMinutes", c.rtoMinutes(), 1);
    int rpo = minutes("rpoMinutes", c.rpoMinutes(), 0);
    List<String> steps = runbook(c.runbookSteps());
    text("owner", c.owner(), 64);
    if (identity.createUserQuery().userId(c.owner()).count() == 0 && identity.createGroupQuery().groupId(c.owner()).count() == 0) {
      throw new BadRequestException("owner", "owner " + c.owner() + " is no user or group");
    }
    String interval = c.drillInterval() == null || c.drillInterval().isBlank() ? schedule.drillInterval().toString()
        : c.drillInterval().strip();
    drillInterval(interval);
    if (reason != null && reason.length() > 1000) {
      throw new BadRequestException("reason", "reason must be at most 1000 characters");
    }
    return new Content(c.name().strip(), c.service(), c.scenario().strip(), systems, backed, rto, rpo, steps,
        c.owner(), interval);
  }

  /**
   * The runbook as it is stored: its steps stripped, the empty ones dropped, at least one, and
   * their JSON list within the column (quotes and line breaks take room of their own).
   */
  static List<String> runbook(List<String> runbookSteps) {
    List<String> steps = runbookSteps == null ? List.of()
        : runbookSteps.stream().map(s -> s == null ? "" : s.strip()).filter(s -> !s.isEmpty()).toList();
    if (steps.isEmpty()) {
      throw new BadRequestException("runbookSteps", "runbookSteps must hold at least one step");
    }
    if (json(steps).length() > MAX_RUNBOOK_JSON) {
      throw new BadRequestException("runbookSteps", "runbookSteps are too long: at most " + MAX_RUNBOOK_JSON
          + " characters as stored (" + json(steps).length() + " now)");
    }
    return steps;
  }

  /** A list of CI ids whose JSON must fit its column. */
  private static void stored(String field, List<String> ids) {
    int length = json(ids).length();
    if (length > MAX_SYSTEMS_JSON) {
      throw new BadRequestException(field, field + " are too long: at most " + MAX_SYSTEMS_JSON
          + " characters as stored (" + length + " now)");
    }
  }

  /** A positive ISO 8601 period of at most ten years, whose next date can be computed. */
  private static void drillInterval(String interval) {
    if (interval.length() > MAX_INTERVAL_TEXT) {
      throw new BadRequestException("drillInterval", "drillInterval must be at most " + MAX_INTERVAL_TEXT
          + " characters, such as P3M");
    }
    Period period;
    try {
      period = Period.parse(interval);
    } catch (DateTimeParseException e) {
      throw new BadRequestException("drillInterval", "drillInterval must be an ISO 8601 period such as P3M or P14D");
    }
    if (period.isNegative() || period.isZero()) {
      throw new BadRequestException("drillInterval", "drillInterval must be a positive period such as P3M");
    }
    Instant now = EngineClock.now();
    try {
      if (ContinuitySchedule.after(now, period).isAfter(ContinuitySchedule.after(now, MAX_DRILL_INTERVAL))) {
        throw new BadRequestException("drillInterval", "drillInterval must be at most " + MAX_DRILL_INTERVAL);
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadRequestException("drillInterval", "drillInterval must be at most " + MAX_DRILL_INTERVAL);
    }
  }

  /** Moves the plan from the given version to the next; false when another revision came first. */
  private boolean nextVersion(String id, int version) {
    return jdbc.sql("UPDATE opsflow_dr_plan SET current_version = ? WHERE plan_id = ? AND current_version = ?")
        .params(version + 1, id, version).update() == 1;
  }

  private static Period interval(Content content) {
    return Period.parse(content.drillInterval());
  }

  private void insertVersion(String id, int version, Content c, Instant now, String author, String reason) {
    jdbc.sql("""
            INSERT INTO opsflow_dr_plan_version (plan_id, version, name, service_id, scenario, systems, backup_systems,
              rto_minutes, rpo_minutes, runbook, owner, drill_interval, changed_at, changed_by, change_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, version, c.name(), c.service(), c.scenario(), json(c.systems()), json(c.backupSystems()),
            c.rtoMinutes(), c.rpoMinutes(), json(c.runbookSteps()), c.owner(), c.drillInterval(), Timestamp.from(now),
            author, reason == null || reason.isBlank() ? null : reason.strip())
        .update();
  }

  private static void text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, field + " is required");
    }
    if (value.strip().length() > max) {
      throw new BadRequestException(field, field + " must be at most " + max + " characters");
    }
  }

  private static int minutes(String field, Integer value, int min) {
    if (value == null) {
      throw new BadRequestException(field, field + " is required");
    }
    if (value < min || value > MAX_MINUTES) {
      throw new BadRequestException(field, field + " must be whole minutes from " + min + " to " + MAX_MINUTES);
    }
    return value;
  }

  private static List<String> distinct(String field, List<String> values) {
    if (values == null) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        throw new BadRequestException(field, field + " must not hold empty entries");
      }
      seen.add(value.strip());
    }
    if (seen.size() > 50) {
      throw new BadRequestException(field, field + " must name at most 50 items");
    }
    return new ArrayList<>(seen);
  }

  static String json(List<String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> strings(String json) {
    try {
      return JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not a JSON list of strings: " + json, e);
    }
  }

  private static Version version(ResultSet rs, int row) throws SQLException {
    return new Version(rs.getString("plan_id"), rs.getInt("version"), rs.getString("name"), rs.getString("service_id"),
        rs.getString("scenario"), strings(rs.getString("systems")), strings(rs.getString("backup_systems")),
        rs.getInt("rto_minutes"), rs.getInt("rpo_minutes"), strings(rs.getString("runbook")), rs.getString("owner"),
        rs.getString("drill_interval"), instant(rs, "changed_at"), rs.getString("changed_by"),
        rs.getString("change_reason"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
