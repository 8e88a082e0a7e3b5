package io.opsflow.oncall;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.oncall.HandoverVariables.*;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.platform.process.StartMessages;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the handover tests share: shifts of their own, long past (so that no other test's tickets
 * fall into them), with what happened in them written into OpsFlow's records and removed after the
 * test; a handover started as the rota starts it; the two tasks done as their people do them.
 */
abstract class HandoverTestBase extends OpsFlowTestBase {

  private static final AtomicInteger SHIFTS = new AtomicInteger(ThreadLocalRandom.current().nextInt(300));

  @Autowired
  DutyLogRecords log;

  ProcessSteps steps;
  private final List<String> seeded = new ArrayList<>();

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  @AfterEach
  void removeSeededRecords() {
    for (String number : seeded) {
      jdbc.sql("DELETE FROM opsflow_incident WHERE incident_number = ?").param(number).update();
      jdbc.sql("DELETE FROM opsflow_change_event WHERE change_number = ?").param(number).update();
      jdbc.sql("DELETE FROM opsflow_change WHERE change_number = ?").param(number).update();
      jdbc.sql("DELETE FROM opsflow_inspection_reading WHERE inspection_number = ?").param(number).update();
      jdbc.sql("DELETE FROM opsflow_inspection WHERE inspection_number = ?").param(number).update();
    }
  }

  /** A twelve-hour shift of its own, on a day of 2001 no other test uses. */
  record Shift(Instant start, Instant end, String tag) {
  }

  Shift shift() {
    int n = SHIFTS.incrementAndGet();
    Instant start = Instant.parse("2001-01-01T00:00:00Z").plus(Duration.ofDays(n));
    return new Shift(start, start.plus(Duration.ofHours(12)), "%05d".formatted(n % 100_000));
  }

  /** A number of a seeded record, year 2001: e.g. INC-2001-7xxxxx. */
  String number(String prefix, Shift shift, int which) {
    String number = prefix + "-2001-" + which + shift.tag();
    seeded.add(number);
    return number;
  }

  void incident(String number, String priority, String summary, String status, String tier, Instant reportedAt,
      Instant resolvedAt, String recurrenceOf) {
    jdbc.sql("""
            INSERT INTO opsflow_incident (incident_number, summary, status, tier, priority, reported_at, resolved_at,
              recurrence_of, alert_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, summary, status, tier, priority, Timestamp.from(reportedAt),
            resolvedAt == null ? null : Timestamp.from(resolvedAt), recurrenceOf,
            recurrenceOf == null ? null : "{}:{alertname=\"DiskFull\"}")
        .update();
  }

  void changeImplemented(String number, String summary, Instant at) {
    jdbc.sql("INSERT INTO opsflow_change (change_number, summary, status, recorded_at) VALUES (?, ?, 'IMPLEMENTED', ?)")
        .params(number, summary, Timestamp.from(at.minus(Duration.ofDays(2)))).update();
    jdbc.sql("INSERT INTO opsflow_change_event (change_number, occurred_at, phase, note) VALUES (?, ?, 'IMPLEMENTED', ?)")
        .params(number, Timestamp.from(at), "patched and rebooted").update();
  }

  void inspectionAnomaly(String number, String ci, String item, String note, String incident, Instant at) {
    jdbc.sql("""
            INSERT INTO opsflow_inspection (inspection_number, plan_id, process_instance_id, group_id, due_at, started_at)
            VALUES (?, 'test-plan', 'none', 'ops-engineer', ?, ?)""")
        .params(number, Timestamp.from(at), Timestamp.from(at)).update();
    jdbc.sql("""
            INSERT INTO opsflow_inspection_reading (inspection_number, ci_id, item_id, status, note, severity,
              incident_number, recorded_by, recorded_at) VALUES (?, ?, ?, 'anomaly', ?, 'none', ?, 'ops-engineer', ?)""")
        .params(number, ci, item, note, incident, Timestamp.from(at)).update();
  }

  /** A handover the rota starts at the shift's end (incoming null when nobody follows), summarised. */
  Handover shiftEnded(Shift shift, String team, String outgoing, String incoming) {
    String id = StartMessages.start(runtime, HandoverIds.SHIFT_ENDED_MESSAGE, vars(TEAM, team, OUTGOING, outgoing,
        INCOMING, incoming, SHIFT_START, shift.start(), SHIFT_END, shift.end())).getId();
    steps.runJobs(id);
    return new Handover(id, steps.variable(id, HANDOVER_NUMBER));
  }

  record Handover(String id, String number) {
  }

  /** The outgoing person writes the handover. */
  void write(Handover handover, String outgoing, String operations, String state, String openPoints) {
    steps.as(outgoing, () -> {
      tasks.complete(steps.task(handover.id(), HandoverIds.WRITE).getId(),
          vars(OPERATIONS_DONE, operations, SYSTEM_STATE, state, OPEN_POINTS, openPoints));
      return null;
    });
    steps.runJobs(handover.id());
  }

  /** The person acknowledges the handover (claiming it first when it is offered to a group). */
  void acknowledge(Handover handover, String who, String remarks) {
    steps.as(who, () -> {
      String task = steps.task(handover.id(), HandoverIds.ACKNOWLEDGE).getId();
      if (tasks.createTaskQuery().taskId(task).singleResult().getAssignee() == null) {
        tasks.claim(task, who);
      }
      tasks.complete(task, vars(ACKNOWLEDGED, true, REMARKS, remarks));
      return null;
    });
    steps.runJobs(handover.id());
  }
}
