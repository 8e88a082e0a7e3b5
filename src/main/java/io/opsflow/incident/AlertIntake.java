package io.opsflow.incident;

import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.TicketNumbers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns Alertmanager notifications into incidents: one incident per alert group. The first
 * firing notification opens it (impact and urgency from DMN AlertSeverityMapping, the category
 * from a valid {@code category} label or DMN AlertCategoryMapping), later ones add their alerts
 * to it; when every alert of the group has resolved, the incident is resolved automatically
 * unless a person has picked it up at a tier, who then gets a note instead. A group that fires
 * again while its incident waits for confirmation reopens it; after the incident closed, it opens
 * a new one that names the closed one as the incident it recurs.
 */
@Service
record AlertIntake(JdbcClient jdbc, TicketNumbers numbers, IncidentIntake intake, IncidentRecords records,
    DecisionService decisions, TaskService tasks, IncidentMetrics metrics) {

  static final String MONITORING_REPORTER = "alertmanager";
  static final String AUTO_RESOLUTION = "Resolved automatically: every alert of the group has resolved (Alertmanager).";
  /** The fault report of an automatic resolution: nobody found a cause, the recurrence count watches it. */
  static final String AUTO_CAUSE = "Not investigated: the alerts resolved without anyone's intervention.";
  static final String AUTO_PREVENTION = "None taken; if the alerts fire again the recurrence is counted and a problem is raised.";
  static final String FIRED_AGAIN = "The alert group fired again before the resolution was confirmed: reopened.";

  /** The incident is not ready for the notification yet (its registration is still to run). */
  static final class NotYet extends RuntimeException {
    NotYet(String message) {
      super(message);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);

  /** Handles one notification; runs in the caller's transaction. */
  void handle(AlertmanagerNotification notification) {
    String number = incidentOf(notification.groupKey());
    boolean firing = !notification.firing().isEmpty();
    if (number == null && !firing) {
      LOG.info("Alert group {} resolved without an incident: nothing to do", notification.groupKey());
      return;
    }
    String status = number == null ? null : records.find(number).map(IncidentRecords.Incident::status).orElse(null);
    if (number == null || (firing && "CLOSED".equals(status))) {
      // a group keeps its key from outage to outage: after its incident closed, it fires a new one
      number = open(notification, number);
    } else {
      if (firing && "RESOLVED".equals(status)) {
        reopen(number);
      }
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

  /** Opens an incident for the group, whose previous incident (if any) is closed: the new one recurs it. */
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
    DmnDecisionRuleResult levels = decisions.evaluateDecisionTableByKey("AlertSeverityMapping")
        .variables(Variables.putValue("severity", orEmpty(severity).toLowerCase(Locale.ROOT)))
        .evaluate().getSingleResult();
    String ci = Inputs.plainText(notification.label("service") != null ? notification.label("service")
        : notification.label("instance"));
    // what monitoring sends is cleaned, not refused: an alert with a stray control character still opens its incident
    Map<String, Object> variables = new IncidentRequest(Inputs.plainText(notification.summary()),
        Inputs.plainText(notification.description()), levels.getEntry("impact"), levels.getEntry("urgency"),
        category(notification), ci != null && ci.length() > 200 ? ci.substring(0, 200) : ci, MONITORING_REPORTER)
        .variables();
    IncidentVariables.ALERT_GROUP.put(variables, notification.groupKey());
    if (previous != null) {
      IncidentVariables.RECURRENCE_OF.put(variables, previous);
    }
    intake.open(number, variables);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        metrics.opened(IncidentMetrics.ALERTS);
      }
    });
    LOG.info("Incident {} opened for alert group {}{}", number, notification.groupKey(),
        previous == null ? "" : ", recurring " + previous);
    return number;
  }

  /** A valid {@code category} label, else what AlertCategoryMapping makes of the alert's name and job. */
  private String category(AlertmanagerNotification notification) {
    String label = notification.label("category");
    if (label != null && Inputs.CATEGORIES.contains(label.toLowerCase(Locale.ROOT))) {
      return label.toLowerCase(Locale.ROOT);
    }
    return (String) decisions.evaluateDecisionTableByKey("AlertCategoryMapping")
        .variables(Variables.putValue("alertname", orEmpty(notification.label("alertname")))
            .putValue("job", orEmpty(notification.label("job"))))
        .evaluate().getSingleResult().getSingleEntry();
  }

  /**
   * The group fired again while its incident waits for the reporter's confirmation: the incident
   * is not fixed, as if the reporter had said so, and goes back to the tier that resolved it.
   */
  private void reopen(String number) {
    Task confirmation = only(tasks.createTaskQuery().processInstanceBusinessKey(number).list(),
        IncidentIds.CONFIRM_RESOLUTION);
    if (confirmation == null) {
      throw new NotYet("incident " + number + " is not waiting for confirmation yet");
    }
    note(number, FIRED_AGAIN);
    tasks.complete(confirmation.getId(), Map.of(IncidentVariables.CONFIRMED.name(), false));
    LOG.info("Incident {} reopened: its alert group fired again", number);
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
    if (incident != null && "CLOSED".equals(incident.status())) {
      return;
    }
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(number).list();
    if (only(open, IncidentIds.CONFIRM_RESOLUTION) != null) {
      return; // resolved already, waiting for the reporter
    }
    Task firstContact = only(open, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION);
    Task tier = only(open, IncidentIds.RESOLVE_AT_TIER);
    if (firstContact != null) {
      tasks.complete(firstContact.getId(), Map.of(IncidentVariables.RESOLVED_AT_FIRST_CONTACT.name(), true,
          IncidentVariables.RESOLUTION_NOTES.name(), AUTO_RESOLUTION, IncidentVariables.FAULT_CAUSE.name(), AUTO_CAUSE,
          IncidentVariables.PREVENTIVE_MEASURES.name(), AUTO_PREVENTION));
    } else if (tier != null && tier.getAssignee() == null) {
      tasks.complete(tier.getId(), Map.of(IncidentVariables.ESCALATE.name(), false,
          IncidentVariables.RESOLUTION_NOTES.name(), AUTO_RESOLUTION, IncidentVariables.FAULT_CAUSE.name(), AUTO_CAUSE,
          IncidentVariables.PREVENTIVE_MEASURES.name(), AUTO_PREVENTION));
    } else if (tier != null) {
      note(number, "Every alert of the group has resolved: check whether the service is back and resolve the incident.");
      return;
    } else if (incident == null || open.isEmpty()) {
      // registering, reopening or on its way to confirmation: a task will be there soon
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

  private static String orEmpty(String value) {
    return value == null ? "" : value;
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
