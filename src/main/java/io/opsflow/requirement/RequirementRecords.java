package io.opsflow.requirement;

import io.opsflow.platform.process.TicketLog;
import io.opsflow.requirement.RequirementInput.PlannedTask;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Requirement ticket records in OpsFlow's own tables: the requirement, its development tasks
 * with every progress report and bug, each release application, and an event per phase. Keyed
 * by the requirement number; writes that a retried job repeats change nothing twice.
 */
@Repository
public class RequirementRecords {

  /** A requirement as its requester and the project roles see it. */
  public record Requirement(String requirementNumber, String title, String content, String system,
      String urgency, String requirementType, String systemCriticality, String priority, LocalDate expectedDate,
      String requester, String status, String feasibility, String breakdown, Integer effortDays, String overallPlan,
      LocalDate targetDate, String devLead, String rejectionReason, String reviewEffect, String reviewProblems,
      String reviewImprovements, String technicalDesign, String acceptanceTestParticipants, String acceptanceTestResult,
      String acceptanceNotes, Instant recordedAt, Instant deliveredAt, Instant closedAt,
      List<DevTask> tasks, List<Release> releases, List<String> phases) {
  }

  /** A development task of the plan, with its progress reports and bugs. */
  public record DevTask(long id, String name, String developer, String tester, LocalDate start, LocalDate end,
      int progress, String progressNote, String status, int testRounds, List<Progress> reports, List<Bug> bugs) {
  }

  public record Progress(Instant reportedAt, int progress, String note) {
  }

  public record Bug(long id, String description, String severity, String raisedBy, Instant raisedAt, Instant fixedAt) {
  }

  /** One release application: the tasks chosen, the release form, the delivery test, the production release. */
  public record Release(int attempt, List<String> tasks, String databaseChanges, String frontEndChanges,
      String backEndChanges, Instant deployedAt, Boolean deliveryAccepted, String findings, String releaseNumber,
      String releaseOutcome) {
  }

  /** A requirement as it is registered: what the requester gave, and the owning system's criticality. */
  record Registration(String requirementNumber, String processInstanceId, String title, String content, String system,
      String urgency, String requirementType, String systemCriticality, LocalDate expectedDate, String requester) {
  }

  /** The assessment as the project manager left it. */
  record Assessment(String feasibility, String breakdown, Integer effortDays, String overallPlan, LocalDate targetDate,
      String devLead) {
  }

  private final JdbcClient jdbc;
  private final TicketLog log;

  RequirementRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.log = new TicketLog(jdbc, "opsflow_requirement_event", "requirement_number");
  }

  void register(Registration requirement, Instant now) {
    jdbc.sql("""
            INSERT INTO opsflow_requirement (requirement_number, process_instance_id, title, content, system_ci, urgency,
              requirement_type, system_criticality, expected_date, requester, status, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?)""")
        .params(requirement.requirementNumber(), requirement.processInstanceId(), requirement.title(),
            requirement.content(), requirement.system(), requirement.urgency(), requirement.requirementType(),
            requirement.systemCriticality(), date(requirement.expectedDate()), requirement.requester(),
            Timestamp.from(now))
        .update();
    event(requirement.requirementNumber(), "REGISTERED", null, now);
  }

  /**
   * The requirements administrator screened the requirement: the priority the decision proposed
   * confirmed, or corrected with a reason; the project managers assess it next.
   */
  void screened(String number, String proposed, String priority, String reason, Instant now) {
    String note = priority.equals(proposed) ? priority + " confirmed" : proposed + " → " + priority + ": " + reason;
    event(number, "SCREENED", note, now);
    prioritised(number, priority, now);
  }

  void prioritised(String number, String priority, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement SET priority = ?, status = 'ASSESSING' WHERE requirement_number = ?")
        .params(priority, number).update();
    event(number, "PRIORITISED", priority, now);
  }

  void assessed(String number, Assessment assessment) {
    jdbc.sql("""
            UPDATE opsflow_requirement SET feasibility = ?, breakdown = ?, effort_days = ?, overall_plan = ?,
              target_date = ?, dev_lead = ? WHERE requirement_number = ?""")
        .params(assessment.feasibility(), assessment.breakdown(), assessment.effortDays(), assessment.overallPlan(),
            date(assessment.targetDate()), assessment.devLead(), number)
        .update();
  }

  void rejected(String number, String reason, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement SET rejection_reason = ?, status = 'REJECTED', closed_at = ? WHERE requirement_number = ?")
        .params(reason, Timestamp.from(now), number).update();
    event(number, "REJECTED", abbreviate(reason), now);
  }

  /** Writes the planned tasks; a task already planned under that name is kept as it is. */
  void planned(String number, List<PlannedTask> tasks, Instant now) {
    for (PlannedTask task : tasks) {
      if (task(number, task.name()).isEmpty()) {
        jdbc.sql("""
                INSERT INTO opsflow_requirement_task (requirement_number, task_name, developer, tester, start_date,
                  end_date, progress, status, test_rounds, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 0, 'PLANNED', 0, ?)""")
            .params(number, task.name(), task.developer(), task.tester(), date(task.start()), date(task.end()),
                Timestamp.from(now))
            .update();
      }
    }
    status(number, "IN_DEVELOPMENT");
    event(number, "PLANNED", tasks.size() + " development task(s)", now);
  }

  Optional<DevTask> task(String number, String name) {
    return jdbc.sql("SELECT * FROM opsflow_requirement_task WHERE requirement_number = ? AND task_name = ?")
        .params(number, name).query(this::devTask).optional();
  }

  void taskStatus(long taskId, String status, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement_task SET status = ?, updated_at = ? WHERE id = ?")
        .params(status, Timestamp.from(now), taskId).update();
  }

  /**
   * Keeps a progress report. The task goes to functional test at 100 %: its test round is counted
   * here, once per report that reaches 100 %, which the model allows once per development round.
   */
  void progress(long taskId, int progress, String note, Instant now) {
    jdbc.sql("INSERT INTO opsflow_requirement_progress (task_id, reported_at, progress, note) VALUES (?, ?, ?, ?)")
        .params(taskId, Timestamp.from(now), progress, note).update();
    jdbc.sql("""
            UPDATE opsflow_requirement_task SET progress = ?, progress_note = ?, updated_at = ?,
              status = CASE WHEN ? >= 100 THEN 'IN_TEST' ELSE 'IN_DEVELOPMENT' END,
              test_rounds = test_rounds + CASE WHEN ? >= 100 THEN 1 ELSE 0 END
            WHERE id = ?""")
        .params(progress, note, Timestamp.from(now), progress, progress, taskId).update();
  }

  void bug(long taskId, String description, String severity, String raisedBy, Instant now) {
    jdbc.sql("INSERT INTO opsflow_requirement_bug (task_id, description, severity, raised_by, raised_at) VALUES (?, ?, ?, ?, ?)")
        .params(taskId, description, severity, raisedBy, Timestamp.from(now)).update();
    taskStatus(taskId, "IN_DEVELOPMENT", now);
  }

  /** The task passed its test: its open bugs are fixed. */
  void tested(long taskId, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement_bug SET fixed_at = ? WHERE task_id = ? AND fixed_at IS NULL")
        .params(Timestamp.from(now), taskId).update();
    taskStatus(taskId, "TESTED", now);
  }

  /** The tasks that passed their test and wait for a release application, in plan order. */
  List<String> testedTasks(String number) {
    return jdbc.sql("SELECT task_name FROM opsflow_requirement_task WHERE requirement_number = ? AND status = 'TESTED' ORDER BY id")
        .param(number).query(String.class).list();
  }

  /** The open bug of a task, as its developer reads it; null when there is none. */
  String openBug(long taskId) {
    return jdbc.sql("SELECT severity, description FROM opsflow_requirement_bug WHERE task_id = ? AND fixed_at IS NULL ORDER BY id DESC")
        .param(taskId).query((rs, row) -> rs.getString("severity") + ": " + rs.getString("description"))
        .list().stream().findFirst().orElse(null);
  }

  void releaseApplied(String number, List<String> tasks, String databaseChanges, String frontEndChanges,
      String backEndChanges, Instant now) {
    int attempt = jdbc.sql("SELECT COALESCE(MAX(attempt), 0) FROM opsflow_requirement_release WHERE requirement_number = ?")
        .param(number).query(Integer.class).single() + 1;
    jdbc.sql("""
            INSERT INTO opsflow_requirement_release (requirement_number, attempt, task_names, database_changes,
              front_end_changes, back_end_changes, deployed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(number, attempt, String.join("\n", tasks), databaseChanges, frontEndChanges, backEndChanges,
            Timestamp.from(now))
        .update();
    for (String name : tasks) {
      task(number, name).ifPresent(task -> taskStatus(task.id(), "IN_RELEASE", now));
    }
    status(number, "IN_DELIVERY_TEST");
    event(number, "DEPLOYED_TO_DELIVERY_TEST", "attempt " + attempt + ": " + String.join(", ", tasks), now);
  }

  void deliveryTested(String number, boolean accepted, String findings, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement_release SET delivery_accepted = ?, findings = ? WHERE requirement_number = ? AND attempt = ?")
        .params(accepted, findings, number, lastAttempt(number)).update();
    event(number, accepted ? "DELIVERY_TEST_PASSED" : "DELIVERY_TEST_FAILED", abbreviate(findings), now);
  }

  void releaseResult(String number, String releaseNumber, String outcome, String feedback, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement_release SET release_number = ?, release_outcome = ? WHERE requirement_number = ? AND attempt = ?")
        .params(releaseNumber, outcome, number, lastAttempt(number)).update();
    boolean released = "released".equals(outcome);
    if (released) {
      releasedTasks(number).forEach(name -> task(number, name).ifPresent(t -> taskStatus(t.id(), "RELEASED", now)));
      jdbc.sql("UPDATE opsflow_requirement SET status = 'RELEASED', delivered_at = ? WHERE requirement_number = ?")
          .params(Timestamp.from(now), number).update();
    }
    event(number, released ? "RELEASED" : "RELEASE_ROLLED_BACK", releaseNumber + (feedback == null ? "" : ": " + abbreviate(feedback)), now);
  }

  /** The tasks of the last release application return to development; they are the branches to run again. */
  List<String> returnedToDevelopment(String number, String reason, Instant now) {
    List<String> tasks = releasedTasks(number);
    tasks.forEach(name -> task(number, name).ifPresent(t -> taskStatus(t.id(), "IN_DEVELOPMENT", now)));
    status(number, "IN_DEVELOPMENT");
    event(number, "RETURNED_TO_DEVELOPMENT", abbreviate(reason), now);
    return tasks;
  }

  List<String> releasedTasks(String number) {
    return jdbc.sql("SELECT task_names FROM opsflow_requirement_release WHERE requirement_number = ? AND attempt = ?")
        .params(number, lastAttempt(number)).query(String.class).optional()
        .map(names -> Arrays.stream(names.split("\n")).filter(n -> !n.isBlank()).toList()).orElse(List.of());
  }

  /** The dev lead's technical design, from which the development plan was made. */
  void designed(String number, String design, Instant now) {
    jdbc.sql("UPDATE opsflow_requirement SET technical_design = ? WHERE requirement_number = ?").params(design, number)
        .update();
    event(number, "TECHNICALLY_DESIGNED", null, now);
  }

  /**
   * The delivered requirement is archived with its acceptance test (who took part, the result) and
   * the requester's acceptance notes; its evaluation follows.
   */
  void archived(String number, String participants, String testResult, String acceptanceNotes, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_requirement SET acceptance_test_participants = ?, acceptance_test_result = ?,
              acceptance_notes = ?, status = 'ARCHIVED', delivered_at = COALESCE(delivered_at, ?)
            WHERE requirement_number = ?""")
        .params(participants, testResult, acceptanceNotes, Timestamp.from(now), number)
        .update();
    event(number, "ARCHIVED", null, now);
  }

  /** The archived requirement keeps the process owner's evaluation and is closed. */
  void closed(String number, String effect, String problems, String improvements, Instant now) {
    jdbc.sql("""
            UPDATE opsflow_requirement SET review_effect = ?, review_problems = ?, review_improvements = ?,
              status = 'CLOSED', closed_at = ?
            WHERE requirement_number = ?""")
        .params(effect, problems, improvements, Timestamp.from(now), number)
        .update();
    event(number, "REVIEWED", null, now);
  }

  /** Records a phase; a note longer than its column (a tester's long findings) is cut, never refused. */
  void event(String number, String phase, String note, Instant now) {
    log.add(number, phase, note, now);
  }

  public List<String> phases(String number) {
    return log.phases(number);
  }

  public Optional<Requirement> find(String number) {
    return jdbc.sql("SELECT * FROM opsflow_requirement WHERE requirement_number = ?").param(number)
        .query((rs, row) -> new Requirement(rs.getString("requirement_number"), rs.getString("title"),
            rs.getString("content"), rs.getString("system_ci"), rs.getString("urgency"), rs.getString("requirement_type"),
            rs.getString("system_criticality"), rs.getString("priority"), rs.getObject("expected_date", LocalDate.class),
            rs.getString("requester"), rs.getString("status"), rs.getString("feasibility"), rs.getString("breakdown"),
            (Integer) rs.getObject("effort_days", Integer.class), rs.getString("overall_plan"),
            rs.getObject("target_date", LocalDate.class), rs.getString("dev_lead"), rs.getString("rejection_reason"),
            rs.getString("review_effect"), rs.getString("review_problems"), rs.getString("review_improvements"),
            rs.getString("technical_design"), rs.getString("acceptance_test_participants"),
            rs.getString("acceptance_test_result"), rs.getString("acceptance_notes"),
            instant(rs, "recorded_at"), instant(rs, "delivered_at"), instant(rs, "closed_at"),
            tasks(number), releases(number), phases(number)))
        .optional();
  }

  Optional<String> processInstanceOf(String number) {
    return jdbc.sql("SELECT process_instance_id FROM opsflow_requirement WHERE requirement_number = ?").param(number)
        .query(String.class).optional();
  }

  List<DevTask> tasks(String number) {
    return jdbc.sql("SELECT * FROM opsflow_requirement_task WHERE requirement_number = ? ORDER BY id")
        .param(number).query(this::devTask).list();
  }

  private DevTask devTask(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    return new DevTask(id, rs.getString("task_name"), rs.getString("developer"), rs.getString("tester"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), rs.getInt("progress"),
        rs.getString("progress_note"), rs.getString("status"), rs.getInt("test_rounds"),
        jdbc.sql("SELECT * FROM opsflow_requirement_progress WHERE task_id = ? ORDER BY id").param(id)
            .query((p, n) -> new Progress(instant(p, "reported_at"), p.getInt("progress"), p.getString("note"))).list(),
        jdbc.sql("SELECT * FROM opsflow_requirement_bug WHERE task_id = ? ORDER BY id").param(id)
            .query((b, n) -> new Bug(b.getLong("id"), b.getString("description"), b.getString("severity"),
                b.getString("raised_by"), instant(b, "raised_at"), instant(b, "fixed_at"))).list());
  }

  private List<Release> releases(String number) {
    return jdbc.sql("SELECT * FROM opsflow_requirement_release WHERE requirement_number = ? ORDER BY attempt")
        .param(number)
        .query((rs, row) -> new Release(rs.getInt("attempt"),
            Arrays.stream(rs.getString("task_names").split("\n")).filter(n -> !n.isBlank()).toList(),
            rs.getString("database_changes"), rs.getString("front_end_changes"), rs.getString("back_end_changes"),
            instant(rs, "deployed_at"), (Boolean) rs.getObject("delivery_accepted", Boolean.class),
            rs.getString("findings"), rs.getString("release_number"), rs.getString("release_outcome")))
        .list();
  }

  private int lastAttempt(String number) {
    return jdbc.sql("SELECT COALESCE(MAX(attempt), 0) FROM opsflow_requirement_release WHERE requirement_number = ?")
        .param(number).query(Integer.class).single();
  }

  private void status(String number, String status) {
    jdbc.sql("UPDATE opsflow_requirement SET status = ? WHERE requirement_number = ?").params(status, number).update();
  }

  private static java.sql.Date date(LocalDate day) {
    return day == null ? null : java.sql.Date.valueOf(day);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static String abbreviate(String text) {
    return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
  }
}
