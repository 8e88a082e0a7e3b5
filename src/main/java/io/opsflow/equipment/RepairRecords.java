package io.opsflow.equipment;

import io.opsflow.platform.process.TicketLog;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Equipment repair records in OpsFlow's own tables, with an event per phase. Keyed by the repair
 * number; writes may be repeated by a retried job.
 */
@Repository
public class RepairRecords {

  /** A repair as the API shows it. */
  public record Repair(String repairNumber, String equipmentCi, String model, String faultDetails, Instant occurredAt,
      String reporter, String faultClass, Boolean spareInPlace, String priority, String repairBy, String partOrdered,
      Integer orderQuantity, Boolean purchaseApproved, String vendorName, String faultCause, String partsUsed,
      BigDecimal hoursSpent, String problemNumber, String status, Instant recordedAt, Instant closedAt,
      List<TicketLog.Event> events) {
  }

  /** What registering a repair writes. */
  record Registration(String number, String processInstanceId, String equipmentCi, String model, String faultDetails,
      Instant occurredAt, String reporter) {
  }

  /** What the maintainer records when the repair is done. */
  record Outcome(String faultCause, String partsUsed, Number hoursSpent, String repairBy, String vendorName) {
  }

  private final JdbcClient jdbc;
  private final TicketLog log;

  RepairRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.log = new TicketLog(jdbc, "opsflow_equipment_repair_event", "repair_number");
  }

  void register(Registration repair, Instant now) {
    if (find(repair.number()).isPresent()) {
      return;
    }
    jdbc.sql("""
            INSERT INTO opsflow_equipment_repair (repair_number, process_instance_id, equipment_ci, model, fault_details,
              occurred_at, reporter, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?)""")
        .params(repair.number(), repair.processInstanceId(), repair.equipmentCi(), repair.model(), repair.faultDetails(),
            Timestamp.from(repair.occurredAt()), repair.reporter(), Timestamp.from(now))
        .update();
    log.add(repair.number(), "REGISTERED", repair.equipmentCi() + " (" + repair.model() + ")", now);
  }

  void classified(String number, String faultClass, boolean spareInPlace, String priority, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_equipment_repair SET fault_class = ?, spare_in_place = ?, priority = ?, status = 'CLASSIFIED'
            WHERE repair_number = ?""").params(faultClass, spareInPlace, priority, number).update();
    log.add(number, "CLASSIFIED", faultClass + ", " + priority + (spareInPlace ? ", spare in place" : ""), now);
  }

  void planned(String number, String repairBy, String partOrdered, Integer quantity, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_equipment_repair SET repair_by = ?, part_ordered = ?, order_quantity = ?, purchase_approved = NULL,
              status = ? WHERE repair_number = ?""")
        .params(repairBy, partOrdered, quantity, partOrdered == null ? "PLANNED" : "AWAITING_PURCHASE", number).update();
    log.add(number, "PLANNED", repairBy + (partOrdered == null ? "" : ", ordering " + quantity + " × " + partOrdered), now);
  }

  void purchaseDecided(String number, boolean approved, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_equipment_repair SET purchase_approved = ?, status = ? WHERE repair_number = ?")
        .params(approved, approved ? "AWAITING_PARTS" : "PURCHASE_REJECTED", number).update();
    log.add(number, approved ? "PURCHASE_APPROVED" : "PURCHASE_REJECTED", note, now);
  }

  void status(String number, String status, String phase, String note, Instant now) {
    jdbc.sql("UPDATE opsflow_equipment_repair SET status = ? WHERE repair_number = ?").params(status, number).update();
    log.add(number, phase, note, now);
  }

  void closed(String number, Outcome outcome, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_equipment_repair SET fault_cause = ?, parts_used = ?, hours_spent = ?, repair_by = ?,
              vendor_name = ?, status = 'CLOSED', closed_at = ? WHERE repair_number = ?""")
        .params(outcome.faultCause(), outcome.partsUsed(),
            outcome.hoursSpent() == null ? null : new BigDecimal(outcome.hoursSpent().toString()),
            outcome.repairBy(), outcome.vendorName(), Timestamp.from(now), number)
        .update();
    if (!phases(number).contains("CLOSED")) {
      log.add(number, "CLOSED", outcome.faultCause(), now);
    }
  }

  void problemRaised(String number, String problemNumber, Instant now) {
    jdbc.sql("UPDATE opsflow_equipment_repair SET problem_number = ? WHERE repair_number = ?")
        .params(problemNumber, number).update();
    log.add(number, "PROBLEM_RAISED", problemNumber, now);
  }

  /** The repairs of the item whose fault happened from the one time to the other (this fault's: later ones are no repeat). */
  int faultsOfItemBetween(String ci, Instant since, Instant until) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM opsflow_equipment_repair
            WHERE equipment_ci = ? AND occurred_at >= ? AND occurred_at <= ?""")
        .params(ci, Timestamp.from(since), Timestamp.from(until)).query(Integer.class).single();
  }

  /** The repairs of the model (its name, case ignored) whose fault happened from the one time to the other. */
  int faultsOfModelBetween(String model, Instant since, Instant until) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM opsflow_equipment_repair
            WHERE LOWER(model) = ? AND occurred_at >= ? AND occurred_at <= ?""")
        .params(model.strip().toLowerCase(Locale.ROOT), Timestamp.from(since), Timestamp.from(until))
        .query(Integer.class).single();
  }

  public List<String> phases(String number) {
    return log.phases(number);
  }

  public Optional<Repair> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_equipment_repair WHERE repair_number = ?").param(number)
        .query((rs, row) -> repair(rs, List.of())).optional()
        .map(r -> new Repair(r.repairNumber(), r.equipmentCi(), r.model(), r.faultDetails(), r.occurredAt(), r.reporter(),
            r.faultClass(), r.spareInPlace(), r.priority(), r.repairBy(), r.partOrdered(), r.orderQuantity(),
            r.purchaseApproved(), r.vendorName(), r.faultCause(), r.partsUsed(), r.hoursSpent(), r.problemNumber(),
            r.status(), r.recordedAt(), r.closedAt(), log.events(number)));
  }

  private static Repair repair(ResultSet rs, List<TicketLog.Event> events) throws SQLException {
    return new Repair(rs.getString("repair_number"), rs.getString("equipment_ci"), rs.getString("model"),
        rs.getString("fault_details"), TicketLog.instant(rs.getTimestamp("occurred_at")), rs.getString("reporter"),
        rs.getString("fault_class"), rs.getObject("spare_in_place", Boolean.class), rs.getString("priority"),
        rs.getString("repair_by"), rs.getString("part_ordered"), rs.getObject("order_quantity", Integer.class),
        rs.getObject("purchase_approved", Boolean.class), rs.getString("vendor_name"), rs.getString("fault_cause"),
        rs.getString("parts_used"), rs.getBigDecimal("hours_spent"), rs.getString("problem_number"),
        rs.getString("status"), TicketLog.instant(rs.getTimestamp("recorded_at")),
        TicketLog.instant(rs.getTimestamp("closed_at")), events);
  }
}
