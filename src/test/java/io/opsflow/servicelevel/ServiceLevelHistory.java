package io.opsflow.servicelevel;

import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's seeded history of March and April 2097 (Asia/Shanghai, the business-hours zone), whose
 * figures are worked out by hand in {@link ServiceLevelsTest}: a service on an application, five
 * incidents (one resolved at first contact, one reopened, one escalated and breached over a weekend,
 * one opened by an alert and spanning the two months that closed without an answer, one still open),
 * a change window, a problem, two service requests and a restore test. Fresh ids each time: the
 * database outlives test runs, and a report filtered to this service sees only this history.
 */
record ServiceLevelHistory(String service, String application) {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static ServiceLevelHistory seed(Cmdb cmdb, JdbcClient jdbc) {
    String service = TestItems.create(cmdb, "slm-shop", "service", "high", "{\"availabilityTarget\": 99.95}");
    String application = TestItems.create(cmdb, "slm-app", "application", "high");
    cmdb.relate(service, "depends-on", application, new Cmdb.Author("test", null));
    String tag = "SLM-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    // I1: down 150 min on a Monday morning, resolved, reopened and resolved again; rated 5
    incident(jdbc, tag + 1, application, "high", "P1", "software", "2097-03-11T10:00", "2097-03-11T10:30",
        "2097-03-11T12:30", "2097-03-12T10:00", true, 5);
    event(jdbc, tag + 1, "2097-03-11T10:30", "REGISTERED", null, null);
    event(jdbc, tag + 1, "2097-03-11T10:40", "TIER_ENTERED", "L1", null);
    event(jdbc, tag + 1, "2097-03-11T11:30", "RESOLVED", "L1", null);
    event(jdbc, tag + 1, "2097-03-11T11:45", "REOPENED", "L1", null);
    event(jdbc, tag + 1, "2097-03-11T12:30", "RESOLVED", "L1", null);
    // I2: opened by an alert that started on Sunday 23:00, resolved Monday 01:00; closed without an answer
    incident(jdbc, tag + 2, service, "high", "P2", "network", null, "2097-03-31T23:10",
        "2097-04-01T01:00", "2097-04-06T10:00", false, null);
    jdbc.sql("""
            INSERT INTO opsflow_incident_alert (incident_number, fingerprint, alertname, status, starts_at, ends_at, updated_at)
            VALUES (?, 'f1', 'ShopDown', 'resolved', ?, ?, ?)""")
        .params(tag + 2, at("2097-03-31T23:00"), at("2097-04-01T00:55"), at("2097-04-01T00:55")).update();
    event(jdbc, tag + 2, "2097-03-31T23:10", "REGISTERED", null, null);
    event(jdbc, tag + 2, "2097-03-31T23:20", "TIER_ENTERED", "L2", "support-l2-network");
    event(jdbc, tag + 2, "2097-04-01T01:00", "RESOLVED", "L2", null);
    // I3: down in the night, partly inside the change window; resolved at first contact; rated 3
    incident(jdbc, tag + 3, application, "high", "P1", "software", "2097-03-20T02:00", "2097-03-20T02:05",
        "2097-03-20T04:00", "2097-03-21T10:00", true, 3);
    event(jdbc, tag + 3, "2097-03-20T02:05", "REGISTERED", null, null);
    event(jdbc, tag + 3, "2097-03-20T04:00", "RESOLVED", null, null);
    // I4: low impact, Friday 16:00 to Monday 10:00: 66 hours, 3 business hours; escalated and breached; rated 4
    incident(jdbc, tag + 4, application, "low", "P3", "software", null, "2097-03-15T16:00",
        "2097-03-18T10:00", "2097-03-19T10:00", true, 4);
    event(jdbc, tag + 4, "2097-03-15T16:00", "REGISTERED", null, null);
    event(jdbc, tag + 4, "2097-03-15T16:20", "TIER_ENTERED", "L1", null);
    event(jdbc, tag + 4, "2097-03-15T17:00", "ESCALATED", "L1", null);
    event(jdbc, tag + 4, "2097-03-15T17:00", "TIER_ENTERED", "L2", "support-l2-application");
    event(jdbc, tag + 4, "2097-03-18T09:30", "SLA_BREACHED", "L2", null);
    event(jdbc, tag + 4, "2097-03-18T10:00", "RESOLVED", "L2", null);
    // I5: medium impact, still open
    incident(jdbc, tag + 5, application, "medium", "P3", "software", null, "2097-04-20T10:00",
        null, null, null, null);
    event(jdbc, tag + 5, "2097-04-20T10:00", "REGISTERED", null, null);

    // the change window 01:00-03:00 on the application, carried out successfully
    jdbc.sql("""
            INSERT INTO opsflow_change (change_number, summary, change_type, status, planned_start, planned_end, outcome,
              recorded_at, closed_at) VALUES (?, 'Patch the application', 'normal', 'CLOSED', ?, ?, 'successful', ?, ?)""")
        .params(tag + "C", at("2097-03-20T01:00"), at("2097-03-20T03:00"), at("2097-03-10T10:00"),
            at("2097-03-20T05:00")).update();
    jdbc.sql("INSERT INTO opsflow_change_ci (change_number, ci_id) VALUES (?, ?)").params(tag + "C", application).update();
    // a problem on the application, recorded in March and closed in April
    jdbc.sql("""
            INSERT INTO opsflow_problem (problem_number, summary, affected_ci, status, recorded_at, closed_at)
            VALUES (?, 'Application fails at night', ?, 'CLOSED', ?, ?)""")
        .params(tag + "P", application, at("2097-03-22T10:00"), at("2097-04-10T10:00")).update();
    // two requests: one rated 4 within its target, one closed without an answer after its target
    request(jdbc, tag + "R1", application, "CLOSED", 4, false, "2097-03-25T10:00");
    request(jdbc, tag + "R2", service, "CLOSED_UNCONFIRMED", null, true, "2097-03-26T10:00");
    // a passed restore test of the application
    jdbc.sql("""
            INSERT INTO opsflow_backup_test (test_number, process_instance_id, system_id, status, result, recorded_at, finished_at)
            VALUES (?, 'none', ?, 'DONE', 'passed', ?, ?)""")
        .params(tag + "B", application, at("2097-03-28T10:00"), at("2097-03-28T12:00")).update();
    return new ServiceLevelHistory(service, application);
  }

  private static void incident(JdbcClient jdbc, String number, String ci, String impact, String priority, String category,
      String faultBegan, String reported, String resolved, String closed, Boolean confirmed, Integer satisfaction) {
    jdbc.sql("""
            INSERT INTO opsflow_incident (incident_number, summary, category, impact, urgency, priority, status, affected_ci,
              fault_began_at, reported_at, resolved_at, closed_at, confirmed, satisfaction)
            VALUES (?, 'Seeded incident', ?, ?, 'high', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, category, impact, priority, closed != null ? "CLOSED" : "IN_PROGRESS", ci, at(faultBegan),
            at(reported), at(resolved), at(closed), confirmed, satisfaction)
        .update();
  }

  private static void event(JdbcClient jdbc, String number, String when, String phase, String tier, String note) {
    jdbc.sql("INSERT INTO opsflow_incident_event (incident_number, occurred_at, phase, tier, note) VALUES (?, ?, ?, ?, ?)")
        .params(number, at(when), phase, tier, note).update();
  }

  private static void request(JdbcClient jdbc, String number, String ci, String status, Integer satisfaction,
      boolean breached, String closed) {
    jdbc.sql("""
            INSERT INTO opsflow_service_request (request_number, process_instance_id, catalogue_item, summary, urgency,
              requester, affected_ci, status, satisfaction, sla_breached, recorded_at, closed_at)
            VALUES (?, 'none', 'account-new', 'Seeded request', 'medium', 'requester', ?, ?, ?, ?, ?, ?)""")
        .params(number, ci, status, satisfaction, breached, Timestamp.from(instant(closed).minusSeconds(86400)),
            at(closed))
        .update();
  }

  /** A Shanghai local time as the database keeps it, or null. */
  static Timestamp at(String local) {
    return local == null ? null : Timestamp.from(instant(local));
  }

  static Instant instant(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }
}
