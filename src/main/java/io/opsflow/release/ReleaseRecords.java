package io.opsflow.release;

import io.opsflow.platform.process.TicketLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Release records in OpsFlow's own tables, with the configuration items each release touches and
 * an event per phase. Keyed by the release number; writes may be repeated by a retried job.
 */
@Repository
public class ReleaseRecords {

  /** A release as its API and reports show it. */
  public record Release(String releaseNumber, String processInstanceId, String summary, String sourceNumber,
      String releaseTeam, String version, String releaseContents, String rollbackPlan, String status,
      String outcome, Instant plannedDeployment, Instant deployedAt, Instant watchUntil, String reviewSummary, List<String> cis,
      List<TicketLog.Event> events, Instant recordedAt, Instant closedAt) {
  }

  private final JdbcClient jdbc;
  private final TicketLog log;

  ReleaseRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.log = new TicketLog(jdbc, "opsflow_release_event", "release_number");
  }

  /** A release as its caller asked for it, with its number and process. */
  record Registration(String number, String processInstanceId, String summary, String sourceNumber,
      String releaseTeam, String releaseContents, List<String> cis) {
  }

  /** What the release manager planned: the version, what it holds, how to undo it, when to deploy. */
  record Plan(String version, String releaseContents, String rollbackPlan, Instant plannedDeployment) {
  }

  void register(Registration release, Instant now) {
    String number = release.number();
    jdbc.sql("""
            INSERT INTO opsflow_release (release_number, process_instance_id, summary, source_number, release_team,
              release_contents, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, 'PLANNING', ?)""")
        .params(number, release.processInstanceId(), release.summary(), release.sourceNumber(), release.releaseTeam(),
            release.releaseContents(), Timestamp.from(now))
        .update();
    release.cis().forEach(ci -> jdbc.sql("INSERT INTO opsflow_release_ci (release_number, ci_id) VALUES (?, ?)")
        .params(number, ci).update());
    event(number, "RECORDED", release.sourceNumber() == null ? null : "for " + release.sourceNumber(), now);
  }

  void watching(String number, Plan plan, Instant deployedAt, Instant watchUntil) {
    jdbc.sql("""
            UPDATE opsflow_release SET version = ?, release_contents = ?, rollback_plan = ?, status = 'WATCHING',
              outcome = ?, planned_deployment = ?, deployed_at = ?, watch_until = ? WHERE release_number = ?""")
        .params(plan.version(), plan.releaseContents(), plan.rollbackPlan(), ReleaseIds.RELEASED,
            plan.plannedDeployment() == null ? null : Timestamp.from(plan.plannedDeployment()),
            Timestamp.from(deployedAt), Timestamp.from(watchUntil), number)
        .update();
    event(number, "DEPLOYED", "watched until " + watchUntil, deployedAt);
  }

  void rolledBack(String number, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_release SET status = 'ROLLED_BACK', outcome = ? WHERE release_number = ?")
        .params(ReleaseIds.ROLLED_BACK, number).update();
    event(number, "ROLLED_BACK", note, now);
  }

  void closed(String number, String reviewSummary, Instant now) {
    jdbc.sql("UPDATE opsflow_release SET status = 'CLOSED', review_summary = ?, closed_at = ? WHERE release_number = ?")
        .params(reviewSummary, Timestamp.from(now), number).update();
    event(number, "CLOSED", null, now);
  }

  void event(String number, String phase, String note, Instant now) {
    log.add(number, phase, note, now);
  }

  /** The releases in their watch period at that moment that touch the configuration item. */
  List<String> watchedReleasesOf(String ci, Instant now) {
    return jdbc.sql("""
            SELECT r.release_number FROM opsflow_release r
            JOIN opsflow_release_ci c ON c.release_number = r.release_number
            WHERE c.ci_id = ? AND r.status = 'WATCHING' AND r.watch_until > ? ORDER BY r.release_number""")
        .params(ci, Timestamp.from(now)).query(String.class).list();
  }

  public List<String> phases(String number) {
    return log.phases(number);
  }

  public Optional<Release> find(String number) {
    List<String> cis = jdbc.sql("SELECT ci_id FROM opsflow_release_ci WHERE release_number = ? ORDER BY ci_id")
        .param(number).query(String.class).list();
    List<TicketLog.Event> events = log.events(number);
    return jdbc.sql("SELECT * FROM opsflow_release WHERE release_number = ?").param(number)
        .query((rs, row) -> new Release(rs.getString("release_number"), rs.getString("process_instance_id"),
            rs.getString("summary"), rs.getString("source_number"), rs.getString("release_team"), rs.getString("version"),
            rs.getString("release_contents"), rs.getString("rollback_plan"), rs.getString("status"),
            rs.getString("outcome"), TicketLog.instant(rs.getTimestamp("planned_deployment")),
            TicketLog.instant(rs.getTimestamp("deployed_at")), TicketLog.instant(rs.getTimestamp("watch_until")),
            rs.getString("review_summary"), cis, events, TicketLog.instant(rs.getTimestamp("recorded_at")),
            TicketLog.instant(rs.getTimestamp("closed_at"))))
        .optional();
  }

}
