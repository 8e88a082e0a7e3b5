package io.opsflow.incident;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The incident ticket records in OpsFlow's own table, kept in step with the process for search
 * and reports, with an event for each phase. Every write is keyed by the incident number and may
 * be repeated (a retried job) without doubling anything but the event log.
 */
@Repository
public class IncidentRecords {

  /** A ticket as searches and reports see it. */
  public record Incident(String incidentNumber, String processInstanceId, String summary, String category,
      String impact, String urgency, String priority, String status, String tier, String affectedCi,
      String reporter, String reporterPhone, String reporterEmail, String alertGroup, String recurrenceOf, boolean major,
      boolean slaBreached, Integer satisfaction, Boolean confirmed, String faultCause, String resolutionNotes,
      String preventiveMeasures, Instant faultBeganAt, Instant reportedAt,
      Instant responseDue, Instant resolutionDue, Instant resolvedAt, Instant closedAt) {

    /** The outage: from when the fault began (the report, if nobody knows) to its resolution, or to now while open. */
    public Duration outage(Instant now) {
      return Duration.between(faultBeganAt != null ? faultBeganAt : reportedAt, resolvedAt != null ? resolvedAt : now);
    }
  }

  /** The fault report of a resolution (故障处理报告): the cause, what restored the service, how it is kept from recurring. */
  public record FaultReport(String cause, String fix, String prevention) {
  }

  /** One phase of an incident's life. */
  public record Event(Instant occurredAt, String phase, String tier, String note) {
  }

  /** What registering an incident writes: the ticket as reported. */
  record Registration(String number, String processInstanceId, String summary, String description, String category,
      String impact, String urgency, String affectedCi, String reporter, String reporterPhone, String reporterEmail,
      Instant faultBeganAt, String alertGroup, String recurrenceOf) {
  }

  private final JdbcClient jdbc;

  IncidentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void register(Registration incident, Instant now) {
    String number = incident.number();
    String processInstanceId = incident.processInstanceId();
    String owner = jdbc.sql("SELECT process_instance_id FROM opsflow_incident WHERE incident_number = ?").param(number)
        .query(String.class).optional().orElse(null);
    if (owner != null && !owner.equals(processInstanceId)) {
      throw new IllegalStateException(number + " belongs to another process instance (" + owner + ")");
    }
    if (owner == null) {
      jdbc.sql("""
              INSERT INTO opsflow_incident (incident_number, process_instance_id, summary, description, category,
                impact, urgency, status, affected_ci, reporter, reporter_phone, reporter_email, fault_began_at,
                alert_group, recurrence_of, reported_at)
              VALUES (?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(number, processInstanceId, incident.summary(), incident.description(), incident.category(),
              incident.impact(), incident.urgency(), incident.affectedCi(), incident.reporter(),
              incident.reporterPhone(), incident.reporterEmail(),
              incident.faultBeganAt() == null ? null : Timestamp.from(incident.faultBeganAt()),
              incident.alertGroup(), incident.recurrenceOf(), Timestamp.from(now))
          .update();
      event(number, "REGISTERED", null, null, now);
    }
  }

  void prioritised(String number, String priority, Instant responseDue, Instant resolutionDue) {
    jdbc.sql("UPDATE opsflow_incident SET priority = ?, response_due = ?, resolution_due = ? WHERE incident_number = ?")
        .params(priority, Timestamp.from(responseDue), Timestamp.from(resolutionDue), number).update();
  }

  /** @param group the L2 group that takes it, or null when the tier is the group */
  void enteredTier(String number, String tier, String group, boolean major, Instant now) {
    jdbc.sql("UPDATE opsflow_incident SET status = 'IN_PROGRESS', tier = ?, major = ? WHERE incident_number = ?")
        .params(tier, major, number).update();
    event(number, "TIER_ENTERED", tier, group, now);
  }

  void slaBreached(String number, String tier, Instant now) {
    jdbc.sql("UPDATE opsflow_incident SET sla_breached = TRUE WHERE incident_number = ?").params(number).update();
    event(number, "SLA_BREACHED", tier, null, now);
  }

  /** The resolution target passed: the ticket is breached, recorded once however often the tier is entered after. */
  void resolutionOverdue(String number, String tier, Instant now) {
    jdbc.sql("UPDATE opsflow_incident SET sla_breached = TRUE WHERE incident_number = ?").params(number).update();
    if (jdbc.sql("SELECT COUNT(*) FROM opsflow_incident_event WHERE incident_number = ? AND phase = 'RESOLUTION_OVERDUE'")
        .param(number).query(Integer.class).single() == 0) {
      event(number, "RESOLUTION_OVERDUE", tier, null, now);
    }
  }

  void resolved(String number, String tier, FaultReport report, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_incident SET status = 'RESOLVED', tier = ?, fault_cause = ?, resolution_notes = ?,
              preventive_measures = ?, resolved_at = ?
            WHERE incident_number = ?""")
        .params(tier, report.cause(), report.fix(), report.prevention(), Timestamp.from(now), number).update();
    event(number, "RESOLVED", tier, null, now);
  }

  void reopened(String number, String tier, Instant now) {
    jdbc.sql("UPDATE opsflow_incident SET status = 'IN_PROGRESS', resolved_at = NULL WHERE incident_number = ?")
        .params(number).update();
    event(number, "REOPENED", tier, null, now);
  }

  /** Closed: confirmed by the reporter with their satisfaction, or without confirmation (no answer in time). */
  void closed(String number, boolean confirmed, Integer satisfaction, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_incident SET status = 'CLOSED', confirmed = ?, satisfaction = ?, closed_at = ?
            WHERE incident_number = ?""")
        .params(confirmed, satisfaction, Timestamp.from(now), number).update();
    event(number, "CLOSED", null, confirmed ? "satisfaction " + satisfaction
        : "closed without confirmation, satisfaction unknown", now);
  }

  void event(String number, String phase, String tier, String note, Instant now) {
    jdbc.sql("INSERT INTO opsflow_incident_event (incident_number, occurred_at, phase, tier, note) VALUES (?, ?, ?, ?, ?)")
        .params(number, Timestamp.from(now), phase, tier, note).update();
  }

  /**
   * How often the incident's failure happened since the given instant, this incident included:
   * the incidents on the same CI and category, and the earlier incidents it recurs (an alert
   * group firing again after its incident closed), once each.
   */
  int recurrences(String number, String affectedCi, String category, Instant since) {
    Set<String> occurrences = new HashSet<>();
    occurrences.add(number);
    if (affectedCi != null && category != null) {
      occurrences.addAll(jdbc.sql("""
              SELECT incident_number FROM opsflow_incident WHERE affected_ci = ? AND category = ? AND reported_at >= ?""")
          .params(affectedCi, category, Timestamp.from(since)).query(String.class).list());
    }
    String earlier = recurrenceOf(number, since);
    while (earlier != null && occurrences.add(earlier)) {
      earlier = recurrenceOf(earlier, since);
    }
    return occurrences.size();
  }

  private String recurrenceOf(String number, Instant since) {
    return jdbc.sql("""
            SELECT r.incident_number FROM opsflow_incident i JOIN opsflow_incident r ON r.incident_number = i.recurrence_of
            WHERE i.incident_number = ? AND r.reported_at >= ?""")
        .params(number, Timestamp.from(since)).query(String.class).optional().orElse(null);
  }

  public Optional<Incident> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_incident WHERE incident_number = ?").param(number)
        .query((rs, row) -> new Incident(rs.getString("incident_number"), rs.getString("process_instance_id"),
            rs.getString("summary"), rs.getString("category"), rs.getString("impact"), rs.getString("urgency"),
            rs.getString("priority"), rs.getString("status"), rs.getString("tier"), rs.getString("affected_ci"),
            rs.getString("reporter"), rs.getString("reporter_phone"), rs.getString("reporter_email"),
            rs.getString("alert_group"), rs.getString("recurrence_of"), rs.getBoolean("major"),
            rs.getBoolean("sla_breached"), (Integer) rs.getObject("satisfaction", Integer.class),
            (Boolean) rs.getObject("confirmed", Boolean.class), rs.getString("fault_cause"),
            rs.getString("resolution_notes"), rs.getString("preventive_measures"), instant(rs.getTimestamp("fault_began_at")), instant(rs.getTimestamp("reported_at")),
            instant(rs.getTimestamp("response_due")), instant(rs.getTimestamp("resolution_due")),
            instant(rs.getTimestamp("resolved_at")), instant(rs.getTimestamp("closed_at"))))
        .optional();
  }

  public List<Event> events(String number) {
    return jdbc.sql("SELECT * FROM opsflow_incident_event WHERE incident_number = ? ORDER BY id").param(number)
        .query((rs, row) -> new Event(instant(rs.getTimestamp("occurred_at")), rs.getString("phase"),
            rs.getString("tier"), rs.getString("note")))
        .list();
  }

  /** The phases an incident went through, in order: what tests and reports ask most. */
  public List<String> phases(String number) {
    return events(number).stream().map(e -> e.tier() == null ? e.phase() : e.phase() + ":" + e.tier()).toList();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

}
