package io.opsflow.change;

import io.opsflow.platform.process.TicketLog;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Change tickets (RFCs) in OpsFlow's own tables: the record kept in step with the process, the
 * items it touches, the CAB's votes and an event per phase. Keyed by the change number; writes may
 * be repeated by a retried job.
 */
@Repository
public class ChangeRecords {

  /** A change as its API shows it. */
  public record Change(String changeNumber, String processInstanceId, String summary, String description,
      String requester, String problemNumber, String declaredType, String changeType, String risk,
      String approvalPath, boolean urgent, boolean tested, String backoutPlan, String highestCriticality,
      Integer impactedServices, String status, Instant plannedStart, Instant plannedEnd, String releaseNumber,
      String incidentNumber, String outcome, String outcomeNote, List<String> cis, List<Vote> votes,
      List<TicketLog.Event> events, Instant recordedAt, Instant closedAt) {

    /** Approved (by the CAB, the ECAB or, for a standard change, in advance) and not yet carried out or closed. */
    public boolean approvedAndOpen() {
      return "APPROVED".equals(status) || "SCHEDULED".equals(status)
          || "CLASSIFIED".equals(status) && "pre-approved".equals(approvalPath);
    }
  }

  public record Vote(String approverGroup, String voter, boolean approved, String comment, Instant votedAt) {
  }

  private final JdbcClient jdbc;
  private final TicketLog log;

  ChangeRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.log = new TicketLog(jdbc, "opsflow_change_event", "change_number");
  }

  /**
   * The approved changes on the item (by the CAB or ECAB, or pre-approved) whose window began at or
   * before {@code to} and ended at or after {@code from}: the changes that may explain a difference a
   * configuration audit finds between the CMDB (as changed at {@code from}) and what is there at {@code to}.
   */
  public List<String> approvedOn(String ci, Instant from, Instant to) {
    return jdbc.sql("""
            SELECT c.change_number FROM opsflow_change c JOIN opsflow_change_ci i ON i.change_number = c.change_number
            WHERE i.ci_id = ? AND c.planned_start <= ? AND c.planned_end >= ?
            AND (c.approval_path = 'pre-approved' OR EXISTS (SELECT 1 FROM opsflow_change_event e
              WHERE e.change_number = c.change_number AND e.phase = 'APPROVED'))
            ORDER BY c.change_number""")
        .params(ci, Timestamp.from(to), Timestamp.from(from)).query(String.class).list();
  }

  /** The RFC as its requester (or the change manager completing it) wrote it. */
  record Rfc(String summary, String description, String requester, String problemNumber, String declaredType,
      boolean urgent, boolean tested, String backoutPlan, String businessJustification) {
  }

  /** What the CMDB says the change touches: its items, their highest criticality, the services at risk. */
  record Impact(List<String> cis, String highestCriticality, int impactedServices, String impactedServiceNames) {
  }

  /** The row DMN ChangeClassification answered. */
  record Classification(String changeType, String risk, String approvalPath) {
  }

  void register(String number, String processInstanceId, Rfc rfc, Instant now) {
    jdbc.sql("""
            INSERT INTO opsflow_change (change_number, process_instance_id, summary, description, requester,
              problem_number, declared_type, urgent, tested, backout_plan, business_justification, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?)""")
        .params(number, processInstanceId, rfc.summary(), rfc.description(), rfc.requester(), rfc.problemNumber(),
            rfc.declaredType(), rfc.urgent(), rfc.tested(), rfc.backoutPlan(), rfc.businessJustification(),
            Timestamp.from(now))
        .update();
    event(number, "RECORDED", rfc.problemNumber() == null ? null : "requested by " + rfc.problemNumber(), now);
  }

  /** The RFC as analysed: its items (replacing any earlier list), their highest criticality and the services at risk. */
  void analysed(String number, Rfc rfc, Impact impact, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_change SET summary = ?, description = ?, declared_type = ?, urgent = ?, tested = ?,
              backout_plan = ?, highest_criticality = ?, impacted_services = ? WHERE change_number = ?""")
        .params(rfc.summary(), rfc.description(), rfc.declaredType(), rfc.urgent(), rfc.tested(), rfc.backoutPlan(),
            impact.highestCriticality(), impact.impactedServices(), number)
        .update();
    jdbc.sql("DELETE FROM opsflow_change_ci WHERE change_number = ?").param(number).update();
    impact.cis().forEach(ci -> jdbc.sql("INSERT INTO opsflow_change_ci (change_number, ci_id) VALUES (?, ?)")
        .params(number, ci).update());
    String services = impact.impactedServiceNames();
    event(number, "IMPACT_ANALYSED", services == null || services.isEmpty() ? "no service at risk"
        : "services at risk: " + services, now);
  }

  void classified(String number, Classification classification, Instant now) {
    jdbc.sql("UPDATE opsflow_change SET change_type = ?, risk = ?, approval_path = ?, status = 'CLASSIFIED' WHERE change_number = ?")
        .params(classification.changeType(), classification.risk(), classification.approvalPath(), number).update();
    event(number, "CLASSIFIED", classification.changeType() + ", " + classification.risk() + " risk, "
        + classification.approvalPath(), now);
  }

  void vote(String number, String group, String voter, boolean approved, String comment, Instant now) {
    jdbc.sql("""
            INSERT INTO opsflow_change_vote (change_number, approver_group, voter, approved, vote_comment, voted_at)
            VALUES (?, ?, ?, ?, ?, ?)""")
        .params(number, group, voter, approved, comment, Timestamp.from(now)).update();
    event(number, approved ? "VOTE_APPROVE" : "VOTE_REJECT", group + (voter == null ? "" : " (" + voter + ")"), now);
  }

  List<Vote> votes(String number) {
    return jdbc.sql("SELECT * FROM opsflow_change_vote WHERE change_number = ? ORDER BY id").param(number)
        .query((rs, row) -> new Vote(rs.getString("approver_group"), rs.getString("voter"), rs.getBoolean("approved"),
            rs.getString("vote_comment"), rs.getTimestamp("voted_at").toInstant()))
        .list();
  }

  void approvalDecided(String number, boolean approved, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_change SET status = ? WHERE change_number = ?")
        .params(approved ? "APPROVED" : "REJECTED", number).update();
    event(number, approved ? "APPROVED" : "REJECTED", note, now);
  }

  void implemented(String number, String note, Instant now) {
    outcome(number, "IMPLEMENTED", "successful", note, now);
  }

  void failed(String number, String note, Instant now) {
    outcome(number, "FAILED", "failed", note, now);
  }

  private void outcome(String number, String status, String outcome, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_change SET status = ?, outcome = ?, outcome_note = ? WHERE change_number = ?")
        .params(status, outcome, note == null || note.length() <= 4000 ? note : note.substring(0, 3999) + "…", number)
        .update();
    event(number, status, note, now);
  }

  void released(String number, String releaseNumber) {
    jdbc.sql("UPDATE opsflow_change SET release_number = ? WHERE change_number = ?").params(releaseNumber, number).update();
  }

  void incidentRaised(String number, String incidentNumber, Instant now) {
    jdbc.sql("UPDATE opsflow_change SET incident_number = ? WHERE change_number = ?").params(incidentNumber, number)
        .update();
    event(number, "INCIDENT_RAISED", incidentNumber, now);
  }

  /** Closes the ticket; a rejected change keeps REJECTED as its status. */
  void closed(String number, String status, Instant now) {
    jdbc.sql("UPDATE opsflow_change SET status = ?, closed_at = ? WHERE change_number = ?")
        .params(status, Timestamp.from(now), number).update();
    event(number, "CLOSED", null, now);
  }

  void event(String number, String phase, String note, Instant now) {
    log.add(number, phase, note, now);
  }

  public List<String> phases(String number) {
    return log.phases(number);
  }

  public Optional<Change> find(String number) {
    List<String> cis = jdbc.sql("SELECT ci_id FROM opsflow_change_ci WHERE change_number = ? ORDER BY ci_id")
        .param(number).query(String.class).list();
    List<TicketLog.Event> events = log.events(number);
    List<Vote> votes = votes(number);
    return jdbc.sql("SELECT * FROM opsflow_change WHERE change_number = ?").param(number)
        .query((rs, row) -> new Change(rs.getString("change_number"), rs.getString("process_instance_id"),
            rs.getString("summary"), rs.getString("description"), rs.getString("requester"),
            rs.getString("problem_number"), rs.getString("declared_type"), rs.getString("change_type"),
            rs.getString("risk"), rs.getString("approval_path"), rs.getBoolean("urgent"), rs.getBoolean("tested"),
            rs.getString("backout_plan"), rs.getString("highest_criticality"),
            (Integer) rs.getObject("impacted_services", Integer.class), rs.getString("status"),
            TicketLog.instant(rs.getTimestamp("planned_start")), TicketLog.instant(rs.getTimestamp("planned_end")),
            rs.getString("release_number"), rs.getString("incident_number"), rs.getString("outcome"),
            rs.getString("outcome_note"), cis, votes, events, TicketLog.instant(rs.getTimestamp("recorded_at")),
            TicketLog.instant(rs.getTimestamp("closed_at"))))
        .optional();
  }

}
