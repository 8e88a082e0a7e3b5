package io.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Alertmanager posting recorded webhook payloads over real HTTP, as it does in production. */
@OpsFlowTest
class AlertmanagerReceiverTest {

  static final String RECEIVER = "/api/alerts/alertmanager";

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  IncidentRecords records;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  Http alertmanager;
  String group;

  @BeforeEach
  void aFreshAlertGroup() {
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
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("alertGroup", groupKey()).count()).isEqualTo(1);
  }

  @Test
  void whenEveryAlertHasResolvedAnIncidentNoTierPickedUpIsResolvedAutomatically() {
    alertmanager.post(RECEIVER, payload("firing"));
    String number = awaitIncident();
    runJobs(number);

    alertmanager.post(RECEIVER, payload("resolved"));
    awaitInboxEmpty();
    runJobs(number);

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
    runJobs(first);
    tasks.complete(taskOf(first, IncidentIds.CONFIRM_RESOLUTION).getId(), java.util.Map.of("confirmed", true, "satisfaction", 5L));
    runJobs(first);
    assertThat(records.find(first).orElseThrow().status()).isEqualTo("CLOSED");

    alertmanager.post(RECEIVER, payload("firing"));
    awaitInboxEmpty();

    String second = incidentsOfGroup().get(0);
    assertThat(second).isNotEqualTo(first);
    runJobs(second);
    assertThat(records.find(second).orElseThrow().summary()).isEqualTo("CRM database is down");
  }

  @Test
  void whenATierHasPickedItUpTheTierGetsANoteInstead() {
    alertmanager.post(RECEIVER, payload("firing"));
    String number = awaitIncident();
    runJobs(number);
    Task firstContact = taskOf(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION);
    tasks.complete(firstContact.getId(), java.util.Map.of("resolvedAtFirstContact", false));
    runJobs(number);
    Task tier = taskOf(number, IncidentIds.RESOLVE_AT_TIER);
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

  private String groupKey() {
    return "{}/{severity=\"critical\"}:{alertname=\"CrmDatabaseDown\"}" + group;
  }

  private List<String> incidentsOfGroup() {
    return jdbc.sql("SELECT incident_number FROM opsflow_alert_group WHERE group_key = ?").param(groupKey())
        .query(String.class).list();
  }

  private String awaitIncident() {
    String number = Await.value(() -> incidentsOfGroup().stream().findFirst().orElse(null));
    runJobs(number);
    return number;
  }

  private void awaitInboxEmpty() {
    Await.until(() -> jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_inbox WHERE processed_at IS NULL AND group_key = ?")
        .param(groupKey()).query(Integer.class).single() == 0);
  }

  private long inboxSize() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_inbox").query(Long.class).single();
  }

  private void runJobs(String number) {
    Jobs.runDue(management, runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId());
  }

  private Task taskOf(String number, String key) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
  }
}
