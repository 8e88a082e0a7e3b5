package io.opsflow.continuity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Drills and real disasters in OpsFlow's own tables: what was planned or declared, and per system
 * the targets against what was measured, so that the report is read from here, not from process
 * variables. Keyed by the drill's or disaster's number; writes may be repeated by a retried job.
 */
@Repository
class RecoveryRecords {

  static final String DRILL = "drill";
  static final String DISASTER = "disaster";

  /** One system of a drill or disaster: its targets against what was measured. */
  record SystemResult(String systemId, int rtoTargetMinutes, Integer measuredRtoMinutes, int rpoTargetMinutes,
      Integer dataLossMinutes, Instant failoverStartedAt, Instant recoveredAt, Boolean recoveryTestPassed,
      String recoveryTestNotes, String issues, String verdict, Instant escalatedAt) {
  }

  /** A drill or a disaster with its systems. */
  record Recovery(String number, String kind, String planId, int planVersion, String summary, String scenario,
      String participants, Instant windowStart, Instant windowEnd, Instant declaredAt, String incidentNumber,
      int rtoTargetMinutes, int rpoTargetMinutes, String status, String verdict, String evaluation,
      String lessonsLearned, Integer revisedPlanVersion, String planReviewNotes, Instant recordedAt,
      List<SystemResult> systems) {

    /** The ids of its systems. */
    List<String> systemIds() {
      return systems.stream().map(SystemResult::systemId).toList();
    }
  }

  /**
   * A drill or disaster just registered, under the plan version in force.
   *
   * @param declaredAt when a disaster was declared (null for a drill)
   * @param incidentNumber the incident that declared a disaster, or null
   */
  record Registration(String number, String kind, String processInstanceId, DrPlans.Version plan, String summary,
      Instant declaredAt, String incidentNumber) {
  }

  private final JdbcClient jdbc;

  RecoveryRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a new drill or disaster under the plan version in force. */
  void register(Registration registration, Instant now) {
    DrPlans.Version plan = registration.plan();
    jdbc.sql("""
            INSERT INTO opsflow_dr_recovery (recovery_number, kind, process_instance_id, plan_id, plan_version, summary,
              scenario, declared_at, incident_number, rto_target_minutes, rpo_target_minutes, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(registration.number(), registration.kind(), registration.processInstanceId(), plan.id(),
            plan.version(), registration.summary(), plan.scenario(), timestamp(registration.declaredAt()),
            registration.incidentNumber(), plan.rtoMinutes(), plan.rpoMinutes(),
            DRILL.equals(registration.kind()) ? "DRAFTING" : "RECOVERING", Timestamp.from(now))
        .update();
  }

  /** The approved drill plan; one row per system to recover. */
  void planned(String number, String scenario, String participants, Instant windowStart, Instant windowEnd,
      Collection<String> systems) {
    jdbc.sql("""
            UPDATE opsflow_dr_recovery SET scenario = ?, participants = ?, window_start = ?, window_end = ?,
              status = 'SCHEDULED' WHERE recovery_number = ?""")
        .params(scenario, participants, timestamp(windowStart), timestamp(windowEnd), number).update();
    systems(number, systems);
  }

  /** One row per system to recover (those already there are kept). */
  void systems(String number, Collection<String> systems) {
    for (String system : systems) {
      if (result(number, system).isEmpty()) {
        jdbc.sql("INSERT INTO opsflow_dr_system_result (recovery_number, system_id) VALUES (?, ?)")
            .params(number, system).update();
      }
    }
  }

  void failoverMeasured(String number, String system, Instant startedAt, Instant recoveredAt, int measuredRtoMinutes,
      Integer dataLossMinutes, String issues) {
    jdbc.sql("""
            UPDATE opsflow_dr_system_result SET failover_started_at = ?, recovered_at = ?, measured_rto_minutes = ?,
              data_loss_minutes = ?, issues = ? WHERE recovery_number = ? AND system_id = ?""")
        .params(timestamp(startedAt), timestamp(recoveredAt), measuredRtoMinutes, dataLossMinutes, issues, number, system)
        .update();
  }

  void systemJudged(String number, String system, Boolean testPassed, String testNotes, String verdict) {
    jdbc.sql("""
            UPDATE opsflow_dr_system_result SET recovery_test_passed = ?, recovery_test_notes = ?, verdict = ?
            WHERE recovery_number = ? AND system_id = ?""")
        .params(testPassed, testNotes, verdict, number, system).update();
  }

  /** The first escalation counts; a repeated one keeps its time. */
  void escalated(String number, String system, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_dr_system_result SET escalated_at = ?
            WHERE recovery_number = ? AND system_id = ? AND escalated_at IS NULL""")
        .params(Timestamp.from(now), number, system).update();
  }

  void status(String number, String status) {
    jdbc.sql("UPDATE opsflow_dr_recovery SET status = ? WHERE recovery_number = ?").params(status, number).update();
  }

  void evaluated(String number, String verdict, String evaluation, String lessonsLearned) {
    jdbc.sql("""
            UPDATE opsflow_dr_recovery SET verdict = ?, evaluation = ?, lessons_learned = ?, status = 'EVALUATED'
            WHERE recovery_number = ?""")
        .params(verdict, evaluation, lessonsLearned, number).update();
  }

  /** The drill's plan review confirmed the plan unchanged. */
  void planConfirmed(String number, String notes) {
    jdbc.sql("UPDATE opsflow_dr_recovery SET status = 'PLAN_CONFIRMED', plan_review_notes = ? WHERE recovery_number = ?")
        .params(notes, number).update();
  }

  void planRevised(String number, int revisedPlanVersion, String notes) {
    jdbc.sql("UPDATE opsflow_dr_recovery SET status = 'REVISED', revised_plan_version = ?, plan_review_notes = ? "
            + "WHERE recovery_number = ?")
        .params(revisedPlanVersion, notes, number).update();
  }

  Optional<Recovery> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_dr_recovery WHERE recovery_number = ?").param(number)
        .query(RecoveryRecords::recovery).optional()
        .map(r -> new Recovery(r.number(), r.kind(), r.planId(), r.planVersion(), r.summary(), r.scenario(),
            r.participants(), r.windowStart(), r.windowEnd(), r.declaredAt(), r.incidentNumber(), r.rtoTargetMinutes(),
            r.rpoTargetMinutes(), r.status(), r.verdict(), r.evaluation(), r.lessonsLearned(), r.revisedPlanVersion(),
            r.planReviewNotes(), r.recordedAt(), results(r)));
  }

  private List<SystemResult> results(Recovery recovery) {
    return jdbc.sql("SELECT * FROM opsflow_dr_system_result WHERE recovery_number = ? ORDER BY system_id")
        .param(recovery.number())
        .query((rs, row) -> result(rs, recovery.rtoTargetMinutes(), recovery.rpoTargetMinutes())).list();
  }

  private Optional<String> result(String number, String system) {
    return jdbc.sql("SELECT system_id FROM opsflow_dr_system_result WHERE recovery_number = ? AND system_id = ?")
        .params(number, system).query(String.class).optional();
  }

  private static SystemResult result(ResultSet rs, int rto, int rpo) throws SQLException {
    return new SystemResult(rs.getString("system_id"), rto, (Integer) rs.getObject("measured_rto_minutes", Integer.class),
        rpo, (Integer) rs.getObject("data_loss_minutes", Integer.class), DrPlans.instant(rs, "failover_started_at"),
        DrPlans.instant(rs, "recovered_at"), (Boolean) rs.getObject("recovery_test_passed", Boolean.class),
        rs.getString("recovery_test_notes"), rs.getString("issues"), rs.getString("verdict"),
        DrPlans.instant(rs, "escalated_at"));
  }

  private static Recovery recovery(ResultSet rs, int row) throws SQLException {
    return new Recovery(rs.getString("recovery_number"), rs.getString("kind"), rs.getString("plan_id"),
        rs.getInt("plan_version"), rs.getString("summary"), rs.getString("scenario"), rs.getString("participants"),
        DrPlans.instant(rs, "window_start"), DrPlans.instant(rs, "window_end"), DrPlans.instant(rs, "declared_at"),
        rs.getString("incident_number"), rs.getInt("rto_target_minutes"), rs.getInt("rpo_target_minutes"),
        rs.getString("status"), rs.getString("verdict"), rs.getString("evaluation"), rs.getString("lessons_learned"),
        (Integer) rs.getObject("revised_plan_version", Integer.class), rs.getString("plan_review_notes"),
        DrPlans.instant(rs, "recorded_at"), List.of());
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
