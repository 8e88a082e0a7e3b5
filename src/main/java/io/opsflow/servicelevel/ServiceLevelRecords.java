package io.opsflow.servicelevel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the service-level report reads of the other families' tickets, read only: incidents with
 * their phases, changes with their windows, problems, service requests, drills and restore tests,
 * and the CMDB's services. The report is the one reader that looks across families; it writes
 * nothing.
 */
@Repository
class ServiceLevelRecords {

  /** A phase of an incident (TIER_ENTERED, ESCALATED, SLA_BREACHED, RESOLVED, REOPENED, ...). */
  record Event(Instant at, String phase, String tier, String note) {
  }

  /**
   * An incident as the measures see it.
   *
   * @param downSince when the fault began: as reported, else the first alert's start, else the report
   */
  record Incident(String number, String category, String priority, String impact, boolean major, String affectedCi,
      Instant reportedAt, Instant downSince, Instant resolvedAt, Instant closedAt, Boolean confirmed,
      Integer satisfaction, List<Event> events) {
  }

  record Change(String number, String type, String status, String outcome, Instant plannedStart, Instant plannedEnd,
      Instant closedAt, List<String> cis) {
  }

  record Problem(String affectedCi, Instant recordedAt, Instant closedAt) {
  }

  record Request(String affectedCi, String status, Integer satisfaction, boolean slaBreached, Instant closedAt) {
  }

  /** A drill's verdict or a restore test's result, with the service or system it tested. */
  record Test(String subject, Instant at, boolean passed) {
  }

  /** A CMDB service and its availability target attribute (null: the default). */
  record Service(String id, String name, Double availabilityTarget) {
  }

  private final JdbcClient jdbc;

  ServiceLevelRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The services in the CMDB, not retired, by id. */
  List<Service> services() {
    return jdbc.sql("SELECT ci_id, name, attributes FROM opsflow_ci WHERE item_type = 'service' AND retired = FALSE ORDER BY ci_id")
        .query((rs, row) -> new Service(rs.getString("ci_id"), rs.getString("name"),
            ServiceLevels.availabilityTarget(rs.getString("attributes"))))
        .list();
  }

  /** The incidents that were open at some moment in [from, to) or reported in it, with their phases. */
  List<Incident> incidents(Instant from, Instant to) {
    String relevant = """
        i.reported_at < ? AND (i.resolved_at IS NULL OR i.resolved_at >= ? OR i.closed_at >= ?)""";
    Object[] params = {Timestamp.from(to), Timestamp.from(from), Timestamp.from(from)};
    Map<String, List<Event>> events = new HashMap<>();
    jdbc.sql("SELECT e.incident_number, e.occurred_at, e.phase, e.tier, e.note FROM opsflow_incident_event e "
            + "JOIN opsflow_incident i ON i.incident_number = e.incident_number WHERE " + relevant + " ORDER BY e.id")
        .params(params)
        .query((ResultSet rs) -> {
          events.computeIfAbsent(rs.getString("incident_number"), n -> new ArrayList<>()).add(new Event(
              instant(rs, "occurred_at"), rs.getString("phase"), rs.getString("tier"), rs.getString("note")));
        });
    return jdbc.sql("""
            SELECT i.*, (SELECT MIN(a.starts_at) FROM opsflow_incident_alert a WHERE a.incident_number = i.incident_number)
              AS alert_start
            FROM opsflow_incident i WHERE\s""" + relevant)
        .params(params)
        .query((rs, row) -> {
          Instant reported = instant(rs, "reported_at");
          Instant began = instant(rs, "fault_began_at");
          Instant alert = instant(rs, "alert_start");
          String number = rs.getString("incident_number");
          return new Incident(number, rs.getString("category"), rs.getString("priority"), rs.getString("impact"),
              rs.getBoolean("major"), rs.getString("affected_ci"), reported,
              began != null ? began : alert != null && alert.isBefore(reported) ? alert : reported,
              instant(rs, "resolved_at"), instant(rs, "closed_at"), (Boolean) rs.getObject("confirmed", Boolean.class),
              (Integer) rs.getObject("satisfaction", Integer.class), events.getOrDefault(number, List.of()));
        })
        .list();
  }

  /** The changes closed in [from, to) or whose window overlaps it, with the items they touch. */
  List<Change> changes(Instant from, Instant to) {
    String relevant = "(c.closed_at >= ? AND c.closed_at < ?) OR (c.planned_start < ? AND c.planned_end > ?)";
    Object[] params = {Timestamp.from(from), Timestamp.from(to), Timestamp.from(to), Timestamp.from(from)};
    Map<String, List<String>> cis = new HashMap<>();
    jdbc.sql("SELECT x.change_number, x.ci_id FROM opsflow_change_ci x JOIN opsflow_change c "
            + "ON c.change_number = x.change_number WHERE " + relevant)
        .params(params)
        .query((ResultSet rs) -> {
          cis.computeIfAbsent(rs.getString("change_number"), n -> new ArrayList<>()).add(rs.getString("ci_id"));
        });
    return jdbc.sql("SELECT * FROM opsflow_change c WHERE " + relevant).params(params)
        .query((rs, row) -> {
          String type = rs.getString("change_type");
          return new Change(rs.getString("change_number"), type != null ? type : rs.getString("declared_type"),
              rs.getString("status"), rs.getString("outcome"), instant(rs, "planned_start"), instant(rs, "planned_end"),
              instant(rs, "closed_at"), cis.getOrDefault(rs.getString("change_number"), List.of()));
        })
        .list();
  }

  List<Problem> problems(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT affected_ci, recorded_at, closed_at FROM opsflow_problem
            WHERE (recorded_at >= ? AND recorded_at < ?) OR (closed_at >= ? AND closed_at < ?)""")
        .params(Timestamp.from(from), Timestamp.from(to), Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Problem(rs.getString("affected_ci"), instant(rs, "recorded_at"), instant(rs, "closed_at")))
        .list();
  }

  List<Request> requests(Instant from, Instant to) {
    return jdbc.sql("SELECT * FROM opsflow_service_request WHERE closed_at >= ? AND closed_at < ?")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Request(rs.getString("affected_ci"), rs.getString("status"),
            (Integer) rs.getObject("satisfaction", Integer.class), rs.getBoolean("sla_breached"), instant(rs, "closed_at")))
        .list();
  }

  /** The drills evaluated in [from, to) (at the end of their window), subject: the plan's service. */
  List<Test> drills(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT v.service_id, COALESCE(r.window_end, r.recorded_at) AS at, r.verdict FROM opsflow_dr_recovery r
            JOIN opsflow_dr_plan_version v ON v.plan_id = r.plan_id AND v.version = r.plan_version
            WHERE r.kind = 'drill' AND r.verdict IS NOT NULL
              AND COALESCE(r.window_end, r.recorded_at) >= ? AND COALESCE(r.window_end, r.recorded_at) < ?""")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Test(rs.getString("service_id"), instant(rs, "at"), "pass".equals(rs.getString("verdict"))))
        .list();
  }

  /** The backup restore tests finished in [from, to), subject: the system restored. */
  List<Test> restoreTests(Instant from, Instant to) {
    return jdbc.sql("SELECT system_id, finished_at, result FROM opsflow_backup_test WHERE finished_at >= ? AND finished_at < ?")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query((rs, row) -> new Test(rs.getString("system_id"), instant(rs, "finished_at"),
            "passed".equals(rs.getString("result"))))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
