package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.Scrape;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The business figures at /actuator/prometheus, as an operator reads them while incidents come and go. */
@OpsFlowTest
class IncidentMetricsTest extends OpsFlowTestBase {

  static final String OPENED_API = "opsflow_incidents_opened_total{door=\"api\"}";
  static final String OPENED_REST = "opsflow_incidents_opened_total{door=\"rest\"}";
  static final String OPENED_TASKLIST = "opsflow_incidents_opened_total{door=\"tasklist\"}";
  static final String OPENED_ALERTS = "opsflow_incidents_opened_total{door=\"alerts\"}";
  static final String OPEN_P3_UNROUTED = "opsflow_incidents_open{priority=\"P3\",tier=\"none\"}";
  static final String OPEN_P3_L1 = "opsflow_incidents_open{priority=\"P3\",tier=\"support-l1\"}";
  static final String OPEN_P3_L2 = "opsflow_incidents_open{priority=\"P3\",tier=\"support-l2\"}";
  static final String SERVICE_DESK_QUEUE = "opsflow_tasks_open_by_queue{queue=\"service-desk\"}";
  static final String SLA_BREACHES = "opsflow_incident_sla_breaches_total";
  static final String CLOSED_CONFIRMED = "opsflow_incidents_closed{confirmation=\"confirmed\"}";
  static final String CLOSED_UNCONFIRMED = "opsflow_incidents_closed{confirmation=\"unconfirmed\"}";
  static final String INBOX_PENDING = "opsflow_alert_inbox{state=\"pending\"}";
  static final String INBOX_FAILED = "opsflow_alert_inbox{state=\"failed\"}";
  static final String NOTIFICATIONS_FAILED = "opsflow_alert_notifications_failed_total";
  static final String P3 = "{\"summary\":\"%s\",\"impact\":\"medium\",\"urgency\":\"medium\",\"category\":\"network\"}";

  @Autowired
  AlertMetrics alertMetrics;

  @Test
  void incidentsOpenedAreCountedByTheDoorTheyCameThrough() {
    Scrape before = Scrape.of(port);
    Http requester = new Http(port).as("requester", "demo");
    Http serviceDesk = new Http(port).as("service-desk", "demo");
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "service-desk", "demo");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(IncidentIds.PROCESS).latestVersion().singleResult().getId();

    List<Http.Response> opened = List.of(
        requester.post("/api/incidents", P3.formatted("VPN drops")),
        requester.post("/api/incidents", P3.formatted("VPN drops again")),
        serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start",
            "{\"variables\":{\"summary\":{\"value\":\"Printer offline\"}}}"),
        tasklist.post("/camunda/api/engine/engine/default/process-definition/" + definition + "/submit-form",
            "{\"variables\":{\"summary\":{\"value\":\"Scanner jams\",\"type\":\"String\"}}}"));
    Http.Response refusedByApi = requester.post("/api/incidents", "{\"impact\":\"high\"}");
    Http.Response refusedByRest = serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"impact\":{\"value\":\"extreme\"}}}");

    assertThat(opened).extracting(Http.Response::status).containsExactly(201, 201, 200, 200);
    assertThat(refusedByApi.status()).isEqualTo(400);
    assertThat(refusedByRest.status()).isEqualTo(400);
    Scrape after = Scrape.of(port);
    assertThat(after.value(OPENED_API)).isEqualTo(before.value(OPENED_API) + 2);
    assertThat(after.value(OPENED_REST)).isEqualTo(before.value(OPENED_REST) + 1);
    assertThat(after.value(OPENED_TASKLIST)).isEqualTo(before.value(OPENED_TASKLIST) + 1);
    assertThat(after.body()).contains("# TYPE opsflow_incidents_opened_total counter");
    opened.forEach(response -> new ProcessSteps(engine).runJobs(response.json().has("processInstanceId")
        ? response.json().get("processInstanceId").asText() : response.json().get("id").asText()));
  }

  @Test
  void openIncidentsShowUnderTheirPriorityAndTierAndTheirTasksInTheServiceDeskQueue() {
    double unrouted = Scrape.settled(port, OPEN_P3_UNROUTED);
    double atL1 = Scrape.settled(port, OPEN_P3_L1);
    double atL2 = Scrape.settled(port, OPEN_P3_L2);
    double queue = Scrape.settled(port, SERVICE_DESK_QUEUE);
    double breaches = Scrape.settled(port, SLA_BREACHES);
    ProcessSteps steps = new ProcessSteps(engine);

    String first = report("Core switch port flapping");
    report("Core switch port flapping again");

    Scrape.awaitValue(port, OPEN_P3_UNROUTED, unrouted + 2);
    Scrape.awaitValue(port, SERVICE_DESK_QUEUE, queue + 2);

    // the service desk cannot fix the first one: it goes to L1
    steps.complete(first, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, false);

    Scrape.awaitValue(port, OPEN_P3_UNROUTED, unrouted + 1);
    Scrape.awaitValue(port, OPEN_P3_L1, atL1 + 1);
    Scrape.awaitValue(port, SERVICE_DESK_QUEUE, queue + 1);

    // L1's budget runs out: the breach is counted and the incident escalates to L2
    steps.fireTimer(first, IncidentIds.TIER_SLA_BREACHED);

    Scrape.awaitValue(port, SLA_BREACHES, breaches + 1);
    Scrape.awaitValue(port, OPEN_P3_L1, atL1);
    Scrape.awaitValue(port, OPEN_P3_L2, atL2 + 1);
    assertThat(Scrape.of(port).body()).contains("# TYPE opsflow_incident_sla_breaches_total counter");
  }

  @Test
  void anIncidentClosedWithoutAnAnswerCountsAsUnconfirmedNotAsSatisfied() {
    double confirmed = Scrape.settled(port, CLOSED_CONFIRMED);
    double unconfirmed = Scrape.settled(port, CLOSED_UNCONFIRMED);
    ProcessSteps steps = new ProcessSteps(engine);
    String answered = report("Wi-Fi slow in room 4");
    String unanswered = report("Wi-Fi slow in room 5");
    for (String incident : List.of(answered, unanswered)) {
      steps.complete(incident, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, true,
          IncidentVariables.RESOLUTION_NOTES, "Moved to the 5 GHz band", IncidentVariables.FAULT_CAUSE, "Worn part",
        IncidentVariables.PREVENTIVE_MEASURES, "Added to the maintenance plan");
    }

    steps.complete(answered, IncidentIds.CONFIRM_RESOLUTION, IncidentVariables.CONFIRMED, true, IncidentVariables.SATISFACTION, 5);
    steps.fireTimer(unanswered, IncidentIds.NO_ANSWER);

    Scrape.awaitValue(port, CLOSED_CONFIRMED, confirmed + 1);
    Scrape.awaitValue(port, CLOSED_UNCONFIRMED, unconfirmed + 1);
  }

  @Test
  void theAlertInboxShowsPendingAndFailedNotificationsAndGivingUpIsCounted() {
    double pending = Scrape.settled(port, INBOX_PENDING);
    double failed = Scrape.settled(port, INBOX_FAILED);
    double gaveUp = Scrape.of(port).value(NOTIFICATIONS_FAILED);
    Instant now = Instant.now();
    // one notification waiting for its next attempt in an hour, one given up after its attempts
    long waiting = inboxEntry("metrics-test-waiting", null, now.plus(Duration.ofHours(1)));
    long givenUp = inboxEntry("metrics-test-given-up", now, null);
    try {
      alertMetrics.gaveUp();

      Scrape.awaitValue(port, INBOX_PENDING, pending + 1);
      Scrape.awaitValue(port, INBOX_FAILED, failed + 1);
      assertThat(Scrape.of(port).value(NOTIFICATIONS_FAILED)).isEqualTo(gaveUp + 1);
    } finally {
      jdbc.sql("DELETE FROM opsflow_alert_inbox WHERE id IN (?, ?)").params(waiting, givenUp).update();
    }
    Scrape.awaitValue(port, INBOX_PENDING, pending);
    Scrape.awaitValue(port, INBOX_FAILED, failed);
  }

  private String report(String summary) {
    String instance = new Http(port).as("service-desk", "demo").post("/api/incidents", P3.formatted(summary))
        .json().get("processInstanceId").asText();
    new ProcessSteps(engine).runJobs(instance);
    return instance;
  }

  private long inboxEntry(String groupKey, Instant failedAt, Instant nextAttemptAt) {
    jdbc.sql("""
            INSERT INTO opsflow_alert_inbox (received_at, group_key, payload, attempts, failed_at, next_attempt_at)
            VALUES (?, ?, '{}', 1, ?, ?)""")
        .params(Timestamp.from(Instant.now()), groupKey, timestamp(failedAt), timestamp(nextAttemptAt))
        .update();
    return jdbc.sql("SELECT MAX(id) FROM opsflow_alert_inbox WHERE group_key = ?").param(groupKey)
        .query(Long.class).single();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
