package io.opsflow.servicerequest;

import io.opsflow.platform.process.TicketLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Service request records in OpsFlow's own tables, with an event per phase. Keyed by the request
 * number; writes may be repeated by a retried job.
 */
@Repository
public class ServiceRequestRecords {

  /** A service request as the API shows it. */
  public record Request(String requestNumber, String catalogueItem, String summary, String details, String urgency,
      String requester, String lineManager, String affectedCi, String priority, String approvalPath, String ownerGroup,
      String fulfilmentGroup, String status, Integer satisfaction, boolean slaBreached, Instant recordedAt,
      Instant closedAt, List<TicketLog.Event> events) {
  }

  /** What registering a request writes. */
  record Registration(String number, String processInstanceId, String catalogueItem, String summary, String details,
      String urgency, String requester, String lineManager, String affectedCi, String ownerGroup) {
  }

  private final JdbcClient jdbc;
  private final TicketLog log;

  ServiceRequestRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.log = new TicketLog(jdbc, "opsflow_service_request_event", "request_number");
  }

  void register(Registration request, Instant now) {
    if (find(request.number()).isPresent()) {
      return;
    }
    jdbc.sql("""
            INSERT INTO opsflow_service_request (request_number, process_instance_id, catalogue_item, summary, details,
              urgency, requester, line_manager, affected_ci, owner_group, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?)""")
        .params(request.number(), request.processInstanceId(), request.catalogueItem(), request.summary(),
            request.details(), request.urgency(), request.requester(), request.lineManager(), request.affectedCi(),
            request.ownerGroup(), Timestamp.from(now))
        .update();
    log.add(request.number(), "REGISTERED", request.catalogueItem(), now);
  }

  void classified(String number, String priority, String approvalPath, Instant now) {
    jdbc.sql("UPDATE opsflow_service_request SET priority = ?, approval_path = ? WHERE request_number = ?")
        .params(priority, approvalPath, number).update();
    log.add(number, "CLASSIFIED", priority + ", approval: " + approvalPath, now);
  }

  void dispatched(String number, String group, Instant now) {
    jdbc.sql("UPDATE opsflow_service_request SET fulfilment_group = ?, status = 'IN_FULFILMENT' WHERE request_number = ?")
        .params(group, number).update();
    log.add(number, "DISPATCHED", group, now);
  }

  void slaBreached(String number, Instant now) {
    if (!phases(number).contains("SLA_BREACHED")) {
      jdbc.sql("UPDATE opsflow_service_request SET sla_breached = TRUE WHERE request_number = ?").param(number).update();
      log.add(number, "SLA_BREACHED", null, now);
    }
  }

  void status(String number, String status, String phase, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_service_request SET status = ? WHERE request_number = ?").params(status, number).update();
    log.add(number, phase, note, now);
  }

  void event(String number, String phase, String note, Instant now) {
    log.add(number, phase, note, now);
  }

  void closed(String number, String status, Integer satisfaction, Instant now) {
    jdbc.sql("UPDATE opsflow_service_request SET status = ?, satisfaction = ?, closed_at = ? WHERE request_number = ?")
        .params(status, satisfaction, Timestamp.from(now), number).update();
    log.add(number, status, satisfaction == null ? null : "satisfaction " + satisfaction, now);
  }

  public List<String> phases(String number) {
    return log.phases(number);
  }

  public Optional<Request> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_service_request WHERE request_number = ?").param(number)
        .query((rs, row) -> new Request(rs.getString("request_number"), rs.getString("catalogue_item"),
            rs.getString("summary"), rs.getString("details"), rs.getString("urgency"), rs.getString("requester"),
            rs.getString("line_manager"), rs.getString("affected_ci"), rs.getString("priority"),
            rs.getString("approval_path"), rs.getString("owner_group"), rs.getString("fulfilment_group"),
            rs.getString("status"), (Integer) rs.getObject("satisfaction", Integer.class), rs.getBoolean("sla_breached"),
            TicketLog.instant(rs.getTimestamp("recorded_at")), TicketLog.instant(rs.getTimestamp("closed_at")), List.of()))
        .optional()
        .map(r -> new Request(r.requestNumber(), r.catalogueItem(), r.summary(), r.details(), r.urgency(), r.requester(),
            r.lineManager(), r.affectedCi(), r.priority(), r.approvalPath(), r.ownerGroup(), r.fulfilmentGroup(),
            r.status(), r.satisfaction(), r.slaBreached(), r.recordedAt(), r.closedAt(), log.events(number)));
  }
}
