package io.opsflow.incident;

import io.opsflow.platform.Inputs;
import io.opsflow.platform.TicketNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns Alertmanager notifications into incidents: one incident per alert group. The first
 * firing notification opens it (impact and urgency from DMN AlertSeverityMapping), later ones
 * add their alerts to it; when every alert of the group has resolved, the incident is resolved
 * automatically unless a person has picked it up at a tier, who then gets a note instead.
 */
@Service
class AlertIntake {

  static final String MONITORING_REPORTER = "alertmanager";
  static final String AUTO_RESOLUTION = "Resolved automatically: every alert of the group has resolved (Alertmanager).";

  /** The incident is not ready for the notification yet (its registration is still to run). */
  static final class NotYet extends RuntimeException {
    NotYet(String message) {
      super(message);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);

  private final JdbcClient jdbc;
  private final TicketNumbers numbers;
  private final IncidentIntake intake;
  private final IncidentRecords records;
  private final DecisionService decisions;
  private final TaskService tasks;

  AlertIntake(JdbcClient jdbc, TicketNumbers numbers, IncidentIntake intake, IncidentRecords records,
      DecisionService decisions, TaskService tasks) {
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.intake = intake;
    this.records = records;
    this.decisions = decisions;
    this.tasks = tasks;
  }

  /** Handles one notification; runs in the caller's transaction. */
  void handle(AlertmanagerNotification notification) {
    String number = incidentOf(notification.groupKey());
    boolean firing = !notification.firing().isEmpty();
    if (number == null && !firing) {
      LOG.info("Alert group {} resolved without an incident: nothing to do", notification.groupKey());
      return;
    }
    if (number == null || (firing && isClosed(number))) {
      // a group keeps its key from outage to outage: after its incident closed, it fires a new one
      number = open(notification, number);
    } else {
      noteNewAlerts(number, notification);
    }
    remember(number, notification.alerts());
    if (allResolved(number)) {
      resolveOrNote(number);
    }
  }

  private String incidentOf(String groupKey) {
    return jdbc.sql("SELECT incident_number FROM opsflow_alert_group WHERE group_key = ?").param(groupKey)
        .query(String.class).optional().orElse(null);
  }

  private boolean isClosed(String number) {
    return records.find(number).map(incident -> "CLOSED".equals(incident.status())).orElse(false);
  }

  /** Opens an incident for the group, whose previous incident (if any) is closed. */
  private String open(AlertmanagerNotification notification, String previous) {
    String number = numbers.next(IncidentIds.PREFIX);
    Timestamp now = Timestamp.from(Instant.now());
    if (previous == null) {
      // the primary key makes a second node's concurrent insert fail: its entry is retried and finds this incident
      jdbc.sql("INSERT INTO opsflow_alert_group (group_key, incident_number, created_at) VALUES (?, ?, ?)")
          .params(notification.groupKey(), number, now).update();
    } else if (jdbc.sql("UPDATE opsflow_alert_group SET incident_number = ?, created_at = ? WHERE group_key = ? AND incident_number = ?")
        .params(number, now, notification.groupKey(), previous).update() == 0) {
      throw new IllegalStateException("alert group " + notification.groupKey() + " was taken over meanwhile: retry");
    }
    String severity = notification.label("severity");
    Map<String, Object> levels = decisions.evaluateDecisionTableByKey("AlertSeverityMapping")
        .variables(Variables.putValue("severity", severity == null ? "" : severity.toLowerCase(java.util.Locale.ROOT)))
        .evaluate().getSingleResult().getEntryMap();
    String category = notification.label("category");
    String ci = notification.label("service") != null ? notification.label("service") : notification.label("instance");
    Map<String, Object> variables = new HashMap<>();
    variables.put(IncidentVariables.SUMMARY, notification.summary());
    variables.put(IncidentVariables.DESCRIPTION, notification.description());
    variables.put(IncidentVariables.IMPACT, levels.get("impact"));
    variables.put(IncidentVariables.URGENCY, levels.get("urgency"));
    variables.put(IncidentVariables.CATEGORY, Inputs.CATEGORIES.contains(category) ? category : "other");
    variables.put(IncidentVariables.AFFECTED_CI, ci != null && ci.length() > 200 ? ci.substring(0, 200) : ci);
    variables.put(IncidentVariables.REPORTER, MONITORING_REPORTER);
    variables.put(IncidentVariables.ALERT_GROUP, notification.groupKey());
    intake.open(number, variables);
    LOG.info("Incident {} opened for alert group {}", number, notification.groupKey());
    return number;
  }

  private void noteNewAlerts(String number, AlertmanagerNotification notification) {
    Set<String> known = Set.copyOf(jdbc.sql("SELECT fingerprint FROM opsflow_incident_alert WHERE incident_number = ?")
        .param(number).query(String.class).list());
    for (AlertmanagerNotification.Alert alert : notification.firing()) {
      if (!known.contains(alert.key())) {
        note(number, "New alert in the group: " + alert.label("alertname")
            + (alert.label("instance") == null ? "" : " on " + alert.label("instance")));
      }
    }
  }

  private void remember(String number, List<AlertmanagerNotification.Alert> alerts) {
    Timestamp now = Timestamp.from(Instant.now());
    for (AlertmanagerNotification.Alert alert : alerts) {
      int updated = jdbc.sql("""
              UPDATE opsflow_incident_alert SET status = ?, ends_at = ?, updated_at = ?
              WHERE incident_number = ? AND fingerprint = ?""")
          .params(alert.status(), timestamp(alert.endsAt()), now, number, alert.key()).update();
      if (updated == 0) {
        jdbc.sql("""
                INSERT INTO opsflow_incident_alert (incident_number, fingerprint, alertname, status, starts_at, ends_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
            .params(number, alert.key(), alert.label("alertname"), alert.status(), timestamp(alert.startsAt()),
                timestamp(alert.endsAt()), now)
            .update();
      }
    }
  }

  private boolean allResolved(String number) {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_incident_alert WHERE incident_number = ? AND status = 'firing'")
        .param(number).query(Integer.class).single() == 0;
  }

  private void resolveOrNote(String number) {
    IncidentRecords.Incident incident = records.find(number).orElse(null);
    if (incident != null && Set.of("RESOLVED", "CLOSED").contains(incident.status())) {
      return;
    }
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(number).list();
    Task firstContact = only(open, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION);
    Task tier = only(open, IncidentIds.RESOLVE_AT_TIER);
    if (firstContact != null) {
      tasks.complete(firstContact.getId(), Map.of(IncidentVariables.RESOLVED_AT_FIRST_CONTACT, true,
          IncidentVariables.RESOLUTION_NOTES, AUTO_RESOLUTION));
    } else if (tier != null && tier.getAssignee() == null) {
      tasks.complete(tier.getId(), Map.of(IncidentVariables.ESCALATE, false,
          IncidentVariables.RESOLUTION_NOTES, AUTO_RESOLUTION));
    } else if (tier != null) {
      note(number, "Every alert of the group has resolved: check whether the service is back and resolve the incident.");
      return;
    } else if (incident == null || "REGISTERED".equals(incident.status()) || open.isEmpty()) {
      throw new NotYet("incident " + number + " is not at a task yet");
    } else {
      return;
    }
    records.event(number, "ALERTS_RESOLVED", null, "resolved automatically", Instant.now());
    LOG.info("Incident {} resolved automatically: its alerts have resolved", number);
  }

  private void note(String number, String message) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(number).list()) {
      tasks.createComment(task.getId(), task.getProcessInstanceId(), message);
    }
    records.event(number, "ALERT_NOTE", null, message.length() > 1000 ? message.substring(0, 1000) : message,
        Instant.now());
  }

  private static Task only(List<Task> open, String key) {
    return open.stream().filter(t -> key.equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
  }

  private static Timestamp timestamp(String iso) {
    if (iso == null || iso.isBlank() || iso.startsWith("0001-")) {
      return null; // Alertmanager sends 0001-01-01 for "not ended"
    }
    try {
      return Timestamp.from(java.time.OffsetDateTime.parse(iso).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
