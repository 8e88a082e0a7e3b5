package io.opsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service continuity over HTTP as its users meet it: the DR coordinator keeps the plans (every
 * revision a version), the support and management roles read them and the reports, nobody else;
 * bad input answers 400 naming the field, on /api/dr and on the starts and task completions
 * through Camunda's REST.
 */
class ContinuityApiTest extends ContinuityTestBase {

  private static final Cmdb.Author TESTER = new Cmdb.Author("continuity-test", null);

  String run;
  String service;
  String db;
  String app;

  ContinuityApiTest() {
    super(Instant.parse("2026-09-05T12:00:00Z"));
  }

  @BeforeEach
  void anEstate() {
    run = UUID.randomUUID().toString().substring(0, 8);
    service = "svc-" + run;
    db = "db-" + run;
    app = "app-" + run;
    cmdb.create(service, new Cmdb.Fields("Shop " + run, "service", "ops-engineer", "high", "production", null), TESTER);
    cmdb.create(db, new Cmdb.Fields("Shop DB " + run, "database", "ops-engineer", "high", "production", null), TESTER);
    cmdb.create(app, new Cmdb.Fields("Shop app " + run, "application", "support-l3", "high", "production", null), TESTER);
  }

  @Test
  void theCoordinatorWritesAPlanAndEachRevisionIsKeptAsAVersion() {
    Http.Response created = send("POST", "/api/dr/plans", "dr-coordinator", plan("dr-" + run, 240));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/dr/plans/dr-" + run);
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    assertThat(created.json().get("changedBy").asText()).isEqualTo("dr-coordinator");
    assertThat(created.json().get("nextDrillDue")).isNotNull();

    Http.Response revised = send("PUT", "/api/dr/plans/dr-" + run, "dr-coordinator",
        plan(null, 120).replace("\"reason\":\"first\"", "\"reason\":\"Faster standby\""));
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    assertThat(revised.json().get("version").asInt()).isEqualTo(2);
    assertThat(revised.json().get("rtoMinutes").asInt()).isEqualTo(120);

    JsonNode versions = send("GET", "/api/dr/plans/dr-" + run + "/versions", "support-l2", null).json();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("changeReason").asText()).isEqualTo("Faster standby");
    assertThat(versions.get(1).get("rtoMinutes").asInt()).isEqualTo(240);
    assertThat(versions.get(1).get("runbookSteps").get(0).asText()).isEqualTo("Promote the standby");

    assertThat(send("GET", "/api/dr/plans", "process-owner", null).json().findValuesAsText("id"))
        .contains("dr-" + run, "dr-online-shop", "dr-crm", "dr-email", "dr-intranet");
    assertThat(send("GET", "/api/dr/backup-schedule", "ops-engineer", null).json().findValuesAsText("systemId"))
        .contains(db, "shop-db", "crm-db");

    assertThat(send("DELETE", "/api/dr/plans/dr-" + run, "dr-coordinator", null).status()).isEqualTo(204);
    assertThat(send("GET", "/api/dr/plans", "process-owner", null).json().findValuesAsText("id")).doesNotContain("dr-" + run);
    assertThat(send("GET", "/api/dr/plans/dr-" + run, "process-owner", null).json().get("retired").asBoolean()).isTrue();
  }

  @Test
  void onlyTheCoordinatorsWriteAndOnlyTheSupportAndManagementRolesRead() {
    assertThat(send("POST", "/api/dr/plans", "ops-engineer", plan("dr-" + run, 240)).status()).isEqualTo(403);
    assertThat(send("POST", "/api/dr/plans", "dr-coordinator", plan("dr-" + run, 240)).status()).isEqualTo(201);
    assertThat(send("POST", "/api/dr/plans", "dr-coordinator", plan("dr-" + run, 240)).status()).as("exists")
        .isEqualTo(409);
    assertThat(send("PUT", "/api/dr/plans/dr-" + run, "process-owner", plan(null, 60)).status()).isEqualTo(403);
    assertThat(send("DELETE", "/api/dr/plans/dr-" + run, "support-l3", null).status()).isEqualTo(403);

    for (String reader : List.of("service-desk", "support-l1", "ops-engineer", "incident-manager", "change-manager",
        "process-owner", "ops-admin")) {
      assertThat(send("GET", "/api/dr/plans/dr-" + run, reader, null).status()).as(reader).isEqualTo(200);
    }
    for (String stranger : List.of("requester", "developer", "cab")) {
      assertThat(send("GET", "/api/dr/plans/dr-" + run, stranger, null).status()).as(stranger).isEqualTo(403);
      assertThat(send("GET", "/api/dr/plans", stranger, null).status()).as(stranger).isEqualTo(403);
    }
    assertThat(send("GET", "/api/dr/plans/dr-nothing-" + run, "dr-coordinator", null).status()).isEqualTo(404);
    assertThat(send("GET", "/api/dr/drills/DRD-2026-999999/report", "dr-coordinator", null).status()).isEqualTo(404);
  }

  @Test
  void badPlansAreRefusedNamingTheField() {
    String good = plan("dr-" + run, 240);
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"id\":\"dr-" + run, "\"id\":\"DR Shop"))))
        .isEqualTo("id");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"rtoMinutes\":240,", ""))))
        .isEqualTo("rtoMinutes");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"rpoMinutes\":15", "\"rpoMinutes\":-1"))))
        .isEqualTo("rpoMinutes");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"" + app + "\"]", "\"no-such-ci\"]"))))
        .isEqualTo("systems");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"service\":\"" + service, "\"service\":\"" + db))))
        .as("a database is no service").isEqualTo("service");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator",
        good.replace("\"backupSystems\":[\"" + db + "\"]", "\"backupSystems\":[\"crm-db\"]")))).isEqualTo("backupSystems");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"runbookSteps\":[\"Promote the standby\",\"Switch the traffic\"]", "\"runbookSteps\":[\" \"]"))))
        .isEqualTo("runbookSteps");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"owner\":\"dr-coordinator\"", "\"owner\":\"nobody\""))))
        .isEqualTo("owner");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"drillInterval\":\"P3M\"", "\"drillInterval\":\"quarterly\""))))
        .isEqualTo("drillInterval");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"drillInterval\":\"P3M\"", "\"drillInterval\":\"P999999999Y\""))))
        .as("no date so far ahead").isEqualTo("drillInterval");
    assertThat(fieldOf(send("POST", "/api/dr/plans", "dr-coordinator", good.replace("\"drillInterval\":\"P3M\"", "\"drillInterval\":\"P99Y11M30D\""))))
        .as("at most ten years").isEqualTo("drillInterval");
    assertThat(send("GET", "/api/dr/plans", "process-owner", null).json().findValuesAsText("id")).doesNotContain("dr-" + run);
  }

  @Test
  void aPlanWhoseSystemsDoNotFitTheirColumnIsRefusedNamingTheField() {
    List<String> systems = new ArrayList<>(List.of(db, app));
    for (int i = 0; i < 20; i++) { // 22 items in service, each of a hundred characters: over 2000 as stored
      String id = ("ci-" + i + "-" + run + "-").concat("x".repeat(100)).substring(0, 100);
      cmdb.create(id, new Cmdb.Fields("Long " + i, "server", "ops-engineer", "low", "production", null), TESTER);
      systems.add(id);
    }
    String longList = plan("dr-" + run, 240).replace("\"systems\":[\"" + db + "\",\"" + app + "\"]",
        "\"systems\":[\"" + String.join("\",\"", systems) + "\"]");

    Http.Response refused = send("POST", "/api/dr/plans", "dr-coordinator", longList);
    assertThat(fieldOf(refused)).isEqualTo("systems");
    assertThat(refused.json().get("message").asText()).contains("at most 2000 characters");
    assertThat(send("GET", "/api/dr/plans/dr-" + run, "dr-coordinator", null).status()).isEqualTo(404);
  }

  @Test
  void aReportAskedForWithAnAcceptHeaderThatDoesNotParseAnswers400NamingIt() {
    String number = drillOfANewPlan();

    Http.Response bad = getAccepting("/api/dr/drills/" + number + "/report", "dr-coordinator", "text/html;;q=x, /");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/json");
    assertThat(bad.json().get("field").asText()).isEqualTo("Accept");
    assertThat(getAccepting("/api/dr/disasters/" + number + "/report", "dr-coordinator", "/").status())
        .isEqualTo(400);
  }

  @Test
  void camundasRestRefusesBadStartsAndTaskCompletionsNamingTheField() {
    send("POST", "/api/dr/plans", "dr-coordinator", plan("dr-" + run, 240));

    Http.Response unknownPlan = send("POST", "/engine-rest/process-definition/key/DisasterRecoveryDrill/start",
        "dr-coordinator", "{\"variables\":{\"planId\":{\"value\":\"dr-nothing\"}}}");
    assertThat(fieldOf(unknownPlan)).isEqualTo("planId");
    Http.Response window = send("POST", "/engine-rest/process-definition/key/DisasterRecoveryDrill/start",
        "dr-coordinator", "{\"variables\":{\"planId\":{\"value\":\"dr-" + run + "\"},"
            + "\"plannedWindowStart\":{\"value\":\"2026-09-05T22:00+08:00\"},"
            + "\"plannedWindowEnd\":{\"value\":\"2026-09-05T20:00+08:00\"}}}");
    assertThat(fieldOf(window)).isEqualTo("plannedWindowEnd");
    Http.Response noSummary = send("POST", "/engine-rest/process-definition/key/DisasterRecovery/start",
        "incident-manager", "{\"variables\":{\"planId\":{\"value\":\"dr-" + run + "\"}}}");
    assertThat(fieldOf(noSummary)).isEqualTo("summary");
    Http.Response notBackedUp = send("POST", "/engine-rest/process-definition/key/BackupRestoreTest/start",
        "ops-engineer", "{\"variables\":{\"systemId\":{\"value\":\"" + app + "\"}}}");
    assertThat(fieldOf(notBackedUp)).isEqualTo("systemId");

    Http.Response declared = send("POST", "/engine-rest/process-definition/key/DisasterRecovery/start",
        "incident-manager", "{\"variables\":{\"planId\":{\"value\":\"dr-" + run + "\"},"
            + "\"summary\":{\"value\":\"Power lost\"},\"affectedSystems\":{\"value\":\"" + db + "\"}}}");
    assertThat(declared.status()).as(declared.body()).isEqualTo(200);
    String instance = declared.json().get("id").asText();
    Jobs.runDue(management, instance);
    Task failover = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Http.Response backwards = send("POST", "/engine-rest/task/" + failover.getId() + "/complete", "ops-engineer",
        "{\"variables\":{\"failoverStartedAt\":{\"value\":\"2026-09-05T22:00+08:00\"},"
            + "\"recoveredAt\":{\"value\":\"2026-09-05T21:00+08:00\"},\"dataLossMinutes\":{\"value\":0}}}");
    assertThat(backwards.status()).as(backwards.body()).isEqualTo(400);
    assertThat(backwards.body()).contains("recoveredAt must be after failoverStartedAt");
    assertThat(tasks.createTaskQuery().taskId(failover.getId()).count()).as("not completed").isEqualTo(1);
  }

  @Test
  void aBrowserGetsTheReportAsAPage() {
    String number = drillOfANewPlan();

    Http.Response page = getAccepting("/api/dr/drills/" + number + "/report", "dr-coordinator", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<h1>DR drill report " + number + "</h1>", "not yet judged");
    assertThat(send("GET", "/api/dr/drills/" + number + "/report", "dr-coordinator", null).json()
        .get("number").asText()).isEqualTo(number);
    assertThat(fieldOf(send("GET", "/api/dr/drills/" + number + "/report?format=pdf", "dr-coordinator", null)))
        .isEqualTo("format");
    assertThat(send("GET", "/api/dr/disasters/" + number + "/report", "dr-coordinator", null).status())
        .as("a drill is no disaster").isEqualTo(404);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** A drill just requested, of a plan the coordinator has just made: its number. */
  private String drillOfANewPlan() {
    send("POST", "/api/dr/plans", "dr-coordinator", plan("dr-" + run, 240));
    return runtime.startProcessInstanceByKey(DrillIds.PROCESS, ProcessSteps.vars(RecoveryVariables.PLAN_ID, "dr-" + run))
        .getBusinessKey();
  }

  private String plan(String id, int rto) {
    return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"name\":\"Shop failover " + run + "\","
        + "\"service\":\"" + service + "\",\"scenario\":\"Primary site lost\","
        + "\"systems\":[\"" + db + "\",\"" + app + "\"],\"backupSystems\":[\"" + db + "\"],"
        + "\"rtoMinutes\":" + rto + ",\"rpoMinutes\":15,"
        + "\"runbookSteps\":[\"Promote the standby\",\"Switch the traffic\"],"
        + "\"owner\":\"dr-coordinator\",\"drillInterval\":\"P3M\",\"reason\":\"first\"}";
  }

  private static String fieldOf(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("field").asText();
  }

  private Http.Response send(String method, String path, String user, String json) {
    return new Http(port).as(user, "demo").send(method, path, json);
  }

  /**
   * A GET with an Accept of one's choice, as a browser or another client sends it.
   */
  private Http.Response getAccepting(String path, String user, String accept) {
    return new Http(port).as(user, "demo").header("Accept", accept).get(path);
  }
}
