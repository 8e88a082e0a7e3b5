package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.incident.IncidentVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Alertmanager posting recorded webhook payloads over real HTTP, as it does in production. */
@OpsFlowTest
class AlertmanagerReceiverTest extends OpsFlowTestBase {

  static final String RECEIVER = "/api/alerts/alertmanager";

  @Autowired
  IncidentRecords records;
  @Autowired
  AlertInbox inbox;

  IncidentSteps incidents;
  Http alertmanager;
  String group;

  @BeforeEach
  void aFreshAlertGroup() {
    incidents = new IncidentSteps(engine);
    alertmanager = new Http(port).as("alertmanager", "demo");
    group = UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theFirstFiringNotificationOpensAnIncidentFromTheAlert() {
    Http.Response response = alertmanager.post(RECEIVER, payload("firing"));

    assertThat(response.status()).isEqualTo(202);
    String number = awaitIncident();
    IncidentRecords.Incident incident = records.find(number).orElseThrow();
    assertThat(incident.summary()).isEqualTo("CRM database is down");
    assertThat(incident.priority()).as("critical → high impact, high urgency → P1").isEqualTo("P1");
    assertThat(incident.category()).isEqualTo("database");
    assertThat(incident.affectedCi()).isEqualTo("crm-db" + group);
    assertThat(incident.reporter()).isEqualTo("alertmanager");
    assertThat(incident.alertGroup()).contains(group);
  }

  @Test
  void repeatsAndNewAlertsOfTheGroupAddToTheSameIncident() {
    alertmanager.post(RECEIVER, payload("firing"));
    String number = awaitIncident();

    alertmanager.post(RECEIVER, payload("firing"));
    alertmanager.post(RECEIVER, payload("repeat"));
    awaitInboxEmpty();

    assertThat(incidentsOfGroup()).containsExactly(number);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_incident_alert WHERE incident_number = ?").param(number)
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("ALERT_NOTE")).singleElement()
        .satisfies(e -> assertThat(e.note()).contains("crm-db-02"));
  }

  @Test
  void twoConcurrentNotificationsOfOneGroupOpenOneIncident() throws Exception {
    CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> new Http(port).as("alertmanager", "demo")
        .post(RECEIVER, payload("firing")));
    CompletableFuture<Http.Response> second = CompletableFuture.supplyAsync(() -> new Http(port).as("alertmanager", "demo")
        .post(RECEIVER, payload("repeat")));

    assertThat(first.get().status()).isEqualTo(202);
    assertThat(second.get().status()).isEqualTo(202);
    awaitIncident();
    awaitInboxEmpty();
    assertThat(incidentsOfGroup()).hasSize(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals(ALERT_GROUP.name(), groupKey()).count()).isEqualTo(1);
  }

  @Test
  void whenEveryAlertHasResolvedAnIncidentNoTierPickedUpIsResolvedAutomatically() {
    alertmanager.post(RECEIVER, payload("firing"));
    String number = awaitIncident();
    incidents.runJobs(number);

    alertmanager.post(RECEIVER, payload("resolved"));
    awaitInboxEmpty();
    incidents.runJobs(number);

    IncidentRecords.Incident incident = records.find(number).orElseThrow();
    assertThat(incident.status()).isEqualTo("RESOLVED");
    assertThat(incident.resolutionNotes()).isEqualTo(AlertIntake.AUTO_RESOLUTION);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getTaskDefinitionKey())
        .isEqualTo(IncidentIds.CONFIRM_RESOLUTION);
  }

  @Test
  void aGroupFiringAgainAfterItsIncidentClosedOpensANewIncident() {
    alertmanager.post(RECEIVER, payload("firing"));
    String first = awaitIncident();
    alertmanager.post(RECEIVER, payload("resolved"));
    awaitInboxEmpty();
    incidents.runJobs(first);
    incidents.complete(first, IncidentIds.CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 5);
    assertThat(records.find(first).orElseThrow().status()).isEqualTo("CLOSED");

    alertmanager.post(RECEIVER, payload("firing"));
    awaitInboxEmpty();

    String second = incidentsOfGroup().get(0);
    assertThat(second).isNotEqualTo(first);
    incidents.runJobs(second);
    assertThat(records.find(second).orElseThrow().summary()).isEqualTo("CRM database is down");
  }

  @Test
  void aRealAlertmanagerNotificationWithoutCategoryOrAnnotationsOpensAnIncident() {
    // recorded from Alertmanager 0.25: labels alertname, instance, severity, mount; no annotations
    double openedBefore = io.opsflow.Scrape.of(port).value(IncidentMetricsTest.OPENED_ALERTS);
    Http.Response response = alertmanager.post(RECEIVER, recorded("firing"));

    assertThat(response.status()).isEqualTo(202);
    String number = awaitIncident(recordedGroupKey());
    assertThat(io.opsflow.Scrape.of(port).value(IncidentMetricsTest.OPENED_ALERTS)).isGreaterThan(openedBefore);
    IncidentRecords.Incident incident = records.find(number).orElseThrow();
    assertThat(incident.summary()).isEqualTo("NodeFilesystemAlmostFull on web-" + group + ":9100");
    assertThat(incident.category()).as("AlertCategoryMapping: a filesystem alert is hardware").isEqualTo("hardware");
    assertThat(incident.priority()).as("warning → medium impact, medium urgency → P3").isEqualTo("P3");
    assertThat(incident.affectedCi()).isEqualTo("web-" + group + ":9100");
  }

  @Test
  void aRecordedRoundOfNewAlertAndResolutionNotesAndResolvesTheIncident() {
    alertmanager.post(RECEIVER, recorded("firing"));
    String number = awaitIncident(recordedGroupKey());

    deliverRecorded("new-alert");
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("ALERT_NOTE")).singleElement()
        .satisfies(e -> assertThat(e.note()).contains("New alert in the group: NodeFilesystemAlmostFull"));

    deliverRecorded("resolved");
    incidents.runJobs(number);
    assertThat(records.find(number).orElseThrow().status()).isEqualTo("RESOLVED");
    assertThat(incidentsOf(recordedGroupKey())).containsExactly(number);
  }

  @Test
  void manyGroupsPostedAtOnceAreHandledSideBySideEachInItsOwnOrder() {
    List<String> groups = java.util.stream.IntStream.range(0, 24).mapToObj(i -> group + "-" + i).toList();
    for (String each : groups) {
      alertmanager.post(RECEIVER, recorded("firing").replace(group, each));
    }
    for (String each : groups) {
      alertmanager.post(RECEIVER, recorded("new-alert").replace(group, each));
    }

    for (String each : groups) {
      String key = recordedGroupKey().replace(group, each);
      awaitInboxEmpty(key);
      assertThat(incidentsOf(key)).as(each).hasSize(1);
      // the firing notification came first: it opened the incident, the second one added its new alert
      assertThat(records.events(incidentsOf(key).get(0))).as(each).filteredOn(e -> e.phase().equals("ALERT_NOTE"))
          .singleElement().satisfies(e -> assertThat(e.note()).contains("New alert in the group: NodeFilesystemAlmostFull"));
    }
  }

  @Test
  void aGroupFiringAgainWhileItsIncidentAwaitsConfirmationReopensThatIncident() {
    alertmanager.post(RECEIVER, recorded("firing"));
    String number = awaitIncident(recordedGroupKey());
    deliverRecorded("resolved");
    incidents.runJobs(number);
    assertThat(incidents.task(number, IncidentIds.CONFIRM_RESOLUTION)).isNotNull();

    deliverRecorded("firing");
    incidents.runJobs(number);

    assertThat(incidentsOf(recordedGroupKey())).containsExactly(number);
    IncidentRecords.Incident incident = records.find(number).orElseThrow();
    assertThat(incident.status()).isEqualTo("IN_PROGRESS");
    Task tier = incidents.task(number, IncidentIds.RESOLVE_AT_TIER);
    assertThat(tier).as("back at a support tier").isNotNull();
    assertThat(records.phases(number)).contains("REOPENED");
    assertThat(records.events(number)).extracting(IncidentRecords.Event::note).contains(AlertIntake.FIRED_AGAIN);
  }

  @Test
  void aGroupFiringAgainAfterClosureOpensAnIncidentThatNamesTheClosedOneAsItsRecurrence() {
    alertmanager.post(RECEIVER, recorded("firing"));
    String first = awaitIncident(recordedGroupKey());
    deliverRecorded("resolved");
    incidents.runJobs(first);
    incidents.complete(first, IncidentIds.CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 4);

    deliverRecorded("firing");

    String second = incidentsOf(recordedGroupKey()).get(0);
    incidents.runJobs(second);
    assertThat(second).isNotEqualTo(first);
    IncidentRecords.Incident incident = records.find(second).orElseThrow();
    assertThat(incident.recurrenceOf()).isEqualTo(first);
    assertThat(records.recurrences(second, null, null, java.time.Instant.now().minus(java.time.Duration.ofDays(30))))
        .as("ProblemTrigger counts the closed incident the new one recurs, even without a CI and category")
        .isEqualTo(2);
  }

  @Test
  void aNotificationThatKeepsFailingIsGivenUpListedAndCanBeRetried() {
    double gaveUpBefore = io.opsflow.Scrape.of(port).value(IncidentMetricsTest.NOTIFICATIONS_FAILED);
    long broken = storeInInbox("{ not a notification", giveUpAfter() - 1);
    Await.until(() -> failedIds().contains(broken));
    assertThat(io.opsflow.Scrape.of(port).value(IncidentMetricsTest.NOTIFICATIONS_FAILED)).isEqualTo(gaveUpBefore + 1);
    Http.Response listed = new Http(port).as("ops-admin", "demo").get("/api/alerts/inbox?state=failed");
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().findValues("id")).extracting(com.fasterxml.jackson.databind.JsonNode::asLong).contains(broken);
    assertThat(listed.body()).contains("no longer reads");

    // a notification given up on before (as the missing-category bug did) is retried and opens its incident
    long givenUp = storeInInbox(recorded("firing"), giveUpAfter());
    jdbc.sql("UPDATE opsflow_alert_inbox SET failed_at = CURRENT_TIMESTAMP WHERE id = ?").param(givenUp).update();
    // the inbox is the operations administrators' (the technical user alertmanager calls its webhook only)
    Http opsAdmin = new Http(port).as("ops-admin", "demo");
    assertThat(alertmanager.post("/api/alerts/inbox/" + givenUp + "/retry", "").status()).isEqualTo(403);
    Http.Response retried = opsAdmin.post("/api/alerts/inbox/" + givenUp + "/retry", "");
    assertThat(retried.status()).isEqualTo(202);
    String number = awaitIncident(recordedGroupKey());
    assertThat(records.find(number).orElseThrow().category()).isEqualTo("hardware");
    assertThat(failedIds()).doesNotContain(givenUp);

    assertThat(opsAdmin.post("/api/alerts/inbox/" + givenUp + "/retry", "").status()).as("not failed").isEqualTo(409);
    assertThat(opsAdmin.post("/api/alerts/inbox/999999999/retry", "").status()).isEqualTo(404);
    assertThat(opsAdmin.get("/api/alerts/inbox?state=lost").json().get("field").asText()).isEqualTo("state");
    assertThat(new Http(port).as("support-l1", "demo").get("/api/alerts/inbox?state=failed").status()).isEqualTo(403);
    assertThat(new Http(port).get("/api/alerts/inbox?state=failed").status()).isEqualTo(401);
  }

  @Test
  void whenATierHasPickedItUpTheTierGetsANoteInstead() {
    alertmanager.post(RECEIVER, payload("firing"));
    String number = awaitIncident();
    incidents.runJobs(number);
    incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false);
    Task tier = incidents.task(number, IncidentIds.RESOLVE_AT_TIER);
    tasks.claim(tier.getId(), "support-l2");

    alertmanager.post(RECEIVER, payload("resolved"));
    awaitInboxEmpty();

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("IN_PROGRESS");
    assertThat(tasks.getTaskComments(tier.getId())).extracting(c -> c.getFullMessage())
        .anySatisfy(m -> assertThat(m).contains("Every alert of the group has resolved"));
  }

  @Test
  void malformedWrongVersionAndEmptyNotificationsAreRefusedAndCreateNothing() {
    long inbox = inboxSize();

    Http.Response malformed = alertmanager.post(RECEIVER, "{\"version\": \"4\", \"alerts\": [");
    Http.Response version3 = alertmanager.post(RECEIVER, payload("firing").replace("\"version\": \"4\"", "\"version\": \"3\""));
    Http.Response empty = alertmanager.post(RECEIVER, "{\"version\":\"4\",\"groupKey\":\"g\",\"status\":\"firing\",\"alerts\":[]}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("message").asText()).contains("not a JSON Alertmanager notification");
    assertThat(version3.status()).isEqualTo(400);
    assertThat(version3.json().get("field").asText()).isEqualTo("version");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("field").asText()).isEqualTo("alerts");
    Http.Response nullAlert = alertmanager.post(RECEIVER, "{\"version\":\"4\",\"groupKey\":\"g\",\"alerts\":[null]}");
    assertThat(nullAlert.status()).isEqualTo(400);
    assertThat(nullAlert.json().get("field").asText()).isEqualTo("alerts[0]");
    assertThat(inboxSize()).isEqualTo(inbox);
  }

  @Test
  void aNotificationOverTheBodySizeLimitIsRefusedWith413AndStoresNothing() throws Exception {
    long inbox = inboxSize();
    String alert = payload("firing");
    // 2 MiB: the real notification, padded with a field it ignores, so that only the size is wrong
    String big = alert.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\",");

    Http.Response declared = alertmanager.post(RECEIVER, big);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("message").asText()).contains("larger than 1048576 bytes");

    // sent chunked, without a Content-Length: refused once the limit is read
    java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + RECEIVER))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("alertmanager:demo".getBytes()))
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(chunked.body()).contains("larger than 1048576 bytes");
    assertThat(inboxSize()).isEqualTo(inbox);
  }

  @Test
  void aNotificationWithMoreThan1000AlertsIsRefusedWith413AndStoresNothing() {
    long inbox = inboxSize();
    StringBuilder alerts = new StringBuilder();
    for (int i = 0; i < 1001; i++) {
      alerts.append(i == 0 ? "" : ",").append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"A").append(i)
          .append("\"},\"fingerprint\":\"f").append(i).append("\"}");
    }
    Http.Response response = alertmanager.post(RECEIVER, "{\"version\":\"4\",\"groupKey\":\"" + group
        + "\",\"status\":\"firing\",\"alerts\":[" + alerts + "]}");

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("field").asText()).isEqualTo("alerts");
    assertThat(response.json().get("message").asText()).contains("1001 alerts", "1000");
    assertThat(inboxSize()).isEqualTo(inbox);
  }

  @Test
  void onlyTheMonitoringGroupPostsAlerts() {
    assertThat(new Http(port).post(RECEIVER, payload("firing")).status()).isEqualTo(401);
    assertThat(new Http(port).as("support-l1", "demo").post(RECEIVER, payload("firing")).status()).isEqualTo(403);
  }

  // --- helpers --------------------------------------------------------------------------------

  private String payload(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/alertmanager", name + ".json")).replace("#GROUP#", group);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A notification Alertmanager 0.25 sent (src/test/resources/alertmanager/recorded), for this test's group. */
  private String recorded(String name) {
    return payload("recorded/" + name);
  }

  /** Alertmanager posts the recorded notification; returns once the inbox has handled it. */
  private void deliverRecorded(String name) {
    alertmanager.post(RECEIVER, recorded(name));
    awaitInboxEmpty(recordedGroupKey());
  }

  private String recordedGroupKey() {
    return "{}:{alertname=\"NodeFilesystemAlmostFull\", instance=\"web-" + group + ":9100\"}";
  }

  private long storeInInbox(String payload, int attempts) {
    String key = recordedGroupKey();
    jdbc.sql("INSERT INTO opsflow_alert_inbox (received_at, group_key, payload, attempts) VALUES (CURRENT_TIMESTAMP, ?, ?, ?)")
        .params(key, payload, attempts).update();
    return jdbc.sql("SELECT MAX(id) FROM opsflow_alert_inbox WHERE group_key = ?").param(key).query(Long.class).single();
  }

  private List<Long> failedIds() {
    return jdbc.sql("SELECT id FROM opsflow_alert_inbox WHERE failed_at IS NOT NULL").query(Long.class).list();
  }

  private int giveUpAfter() {
    return inbox.giveUpAfter();
  }

  private String groupKey() {
    return "{}/{severity=\"critical\"}:{alertname=\"CrmDatabaseDown\"}" + group;
  }

  private List<String> incidentsOfGroup() {
    return incidentsOf(groupKey());
  }

  private List<String> incidentsOf(String key) {
    return jdbc.sql("SELECT incident_number FROM opsflow_alert_group WHERE group_key = ?").param(key)
        .query(String.class).list();
  }

  private String awaitIncident() {
    return awaitIncident(groupKey());
  }

  private String awaitIncident(String key) {
    String number = Await.value(() -> incidentsOf(key).stream().findFirst().orElse(null));
    incidents.runJobs(number);
    return number;
  }

  private void awaitInboxEmpty() {
    awaitInboxEmpty(groupKey());
  }

  private void awaitInboxEmpty(String key) {
    Await.until(() -> jdbc.sql("""
            SELECT COUNT(*) FROM opsflow_alert_inbox WHERE processed_at IS NULL AND failed_at IS NULL AND group_key = ?""")
        .param(key).query(Integer.class).single() == 0);
  }

  private long inboxSize() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_inbox").query(Long.class).single();
  }
}
