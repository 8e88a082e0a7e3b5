package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inspections' API: a round read by its group and the managers only, readings an agent
 * measures (refused naming the field when out of range or naming what the round lacks) confirmed
 * by the inspector, the month's figures per CI and item and per plan, and a configuration drift in
 * the CMDB audit.
 */
class InspectionApiTest extends InspectionTestBase {

  @Autowired
  Cmdb cmdb;

  @Test
  void aRoundIsReadByItsGroupAndTheManagersOnly() {
    Round round = start(plan(List.of("app-server-01")), Instant.now());
    String path = "/api/inspections/" + round.number();

    for (String reader : new String[] {"ops-engineer", "ops-admin", "process-owner"}) {
      Http.Response read = as(reader).get(path);
      assertThat(read.status()).as(reader).isEqualTo(200);
      assertThat(read.json().at("/inspection/inspectionNumber").asText()).isEqualTo(round.number());
      assertThat(read.json().at("/planName").asText()).isEqualTo("Test round / 测试巡检");
      assertThat(read.json().at("/open").asBoolean()).isTrue();
    }
    assertThat(new Http(port).as("admin", "admin").get(path).status()).isEqualTo(200);
    for (String other : new String[] {"requester", "support-l2", "service-desk"}) {
      assertThat(as(other).get(path).status()).as(other + ": as for an unknown number").isEqualTo(404);
    }
    assertThat(agent().get(path).status()).as("the agent writes readings, it reads nothing").isEqualTo(404);
    assertThat(as("ops-engineer").get("/api/inspections/INS-2001-999999").status()).isEqualTo(404);
  }

  @Test
  void anAgentsReadingsFillTheChecklistAndThePersonConfirmsThem() {
    Round round = start(plan(List.of("app-server-01", "core-switch-01")), Instant.now());
    String path = "/api/inspections/" + round.number() + "/readings";

    Http.Response posted = agent().post(path, """
        {"readings": [{"ci": "app-server-01", "item": "disk-space", "reading": 91.5},
                      {"ci": "core-switch-01", "item": "disk-space", "reading": 40}]}""");

    assertThat(posted.status()).isEqualTo(200);
    assertThat(posted.json().get("readings").asInt()).isEqualTo(2);
    assertThat(steps.variable(round.id(), CHECKLIST)).filteredOn(row -> "disk-space".equals(row.get("item")))
        .as("the form opens with the agent's readings").allSatisfy(row ->
            assertThat(row).containsKey("reading").containsEntry("measuredBy", "inspection-agent"));
    JsonNode record = as("ops-engineer").get("/api/inspections/" + round.number()).json();
    assertThat(record.at("/inspection/readings/0/status").asText()).isEqualTo("measured");
    assertThat(record.at("/inspection/readings/0/measuredBy").asText()).isEqualTo("inspection-agent");

    // the person confirms the server's reading and corrects the switch's
    complete(round, "ops-engineer", rows(round, Map.of("core-switch-01 disk-space", Map.of("reading", 41))));

    InspectionRecords.Reading confirmed = records.reading(round.number(), "app-server-01", "disk-space").orElseThrow();
    assertThat(confirmed.measuredBy()).isEqualTo("inspection-agent");
    assertThat(confirmed.recordedBy()).isEqualTo("ops-engineer");
    assertThat(confirmed.severity()).as("91.5 % is past the disk's limit").isEqualTo("medium");
    assertThat(confirmed.incidentNumber()).isNotNull();
    assertThat(records.reading(round.number(), "core-switch-01", "disk-space").orElseThrow().measuredBy())
        .as("corrected: the person's reading").isNull();
    assertThat(agent().post(path, """
        {"readings": [{"ci": "app-server-01", "item": "disk-space", "reading": 10}]}""").status())
        .as("a completed round takes no more readings").isEqualTo(409);
  }

  @Test
  void readingsOutOfRangeOrNamingWhatTheRoundLacksAreRefusedNamingTheField() {
    Round round = start(plan(List.of("app-server-01")), Instant.now());
    String path = "/api/inspections/" + round.number() + "/readings";

    assertRefused(path, "{\"readings\": [{\"ci\": \"crm-db\", \"item\": \"disk-space\", \"reading\": 1}]}",
        "readings[0].ci");
    assertRefused(path, """
        {"readings": [{"ci": "app-server-01", "item": "disk-space", "reading": 1},
                      {"ci": "app-server-01", "item": "cpu-temperature", "reading": 1}]}""", "readings[1].item");
    assertRefused(path, "{\"readings\": [{\"ci\": \"app-server-01\", \"item\": \"key-services\", \"reading\": 1}]}",
        "readings[0].item");
    assertRefused(path, "{\"readings\": [{\"ci\": \"app-server-01\", \"item\": \"disk-space\", \"reading\": 100.5}]}",
        "readings[0].reading");
    assertRefused(path, "{\"readings\": [{\"ci\": \"app-server-01\", \"item\": \"disk-space\", \"reading\": -1}]}",
        "readings[0].reading");
    assertRefused(path, "{\"readings\": [{\"ci\": \"app-server-01\", \"item\": \"disk-space\"}]}", "readings[0].reading");
    assertRefused(path, "{\"readings\": []}", "readings");
    assertThat(records.find(round.number()).orElseThrow().readings()).as("a refused post keeps nothing").isEmpty();
    assertThat(steps.variable(round.id(), CHECKLIST)).allSatisfy(row -> assertThat(row).doesNotContainKey("reading"));

    String body = "{\"readings\": [{\"ci\": \"app-server-01\", \"item\": \"disk-space\", \"reading\": 1}]}";
    assertThat(as("ops-engineer").post(path, body).status()).as("people fill the form instead").isEqualTo(403);
    assertThat(agent().post("/api/inspections/INS-2001-999999/readings", body).status()).isEqualTo(404);
    assertThat(agent().get("/api/cmdb/items").status()).as("the agent's password opens nothing else").isEqualTo(403);
  }

  @Test
  void theMonthsFiguresCountAnomaliesIncidentsAndOverdueRoundsPerCiItemAndPlan() {
    String ci = "rack-" + System.nanoTime(); // the shared database may hold March 2099 from an earlier run
    InspectionPlans.Plan plan = plan(List.of(ci));
    Round late = start(plan, Instant.parse("2099-03-10T01:00:00Z"));
    steps.fireTimer(late.id(), InspectionIds.OVERDUE);
    complete(late, "ops-engineer", rows(late, Map.of(ci + " key-services", Map.of("status", "anomaly"))));
    Round onTime = start(plan, Instant.parse("2099-03-11T01:00:00Z"));
    complete(onTime, "ops-engineer", rows(onTime, Map.of(ci + " disk-space", Map.of("reading", 97))));
    start(plan, Instant.parse("2099-04-01T01:00:00Z")); // next month's

    Http.Response march = as("ops-admin").get("/api/inspections/statistics?month=2099-03");

    assertThat(march.status()).isEqualTo(200);
    JsonNode items = march.json().get("items");
    JsonNode services = find(items, ci, "key-services");
    assertThat(services.get("readings").asLong()).isEqualTo(2);
    assertThat(services.get("anomalies").asLong()).isEqualTo(1);
    assertThat(services.get("incidents").asLong()).isEqualTo(1);
    assertThat(find(items, ci, "disk-space").get("anomalies").asLong()).as("a finding counts").isEqualTo(1);
    assertThat(find(items, ci, "config-unchanged").get("anomalies").asLong()).isZero();
    assertThat(services.get("overdue").asLong()).as("the late round").isEqualTo(1);
    assertThat(services.get("itemName").asText()).isEqualTo("Key services running / 关键服务运行正常");
    assertThat(services.get("ciName").asText()).as("a place the CMDB does not hold keeps its id").isEqualTo(ci);
    JsonNode rounds = march.json().get("rounds");
    assertThat(rounds).anySatisfy(r -> {
      assertThat(r.get("planId").asText()).isEqualTo(plan.planId());
      assertThat(r.get("rounds").asLong()).as("April's round not counted").isEqualTo(2);
      assertThat(r.get("completed").asLong()).isEqualTo(2);
      assertThat(r.get("overdue").asLong()).isEqualTo(1);
      assertThat(r.get("planName").asText()).isEqualTo("Test round / 测试巡检");
    });
    assertThat(as("ops-engineer").get("/api/inspections/statistics?month=2099-03").status()).isEqualTo(200);
    assertThat(as("requester").get("/api/inspections/statistics?month=2099-03").status()).isEqualTo(403);
    Http.Response bad = as("ops-admin").get("/api/inspections/statistics?month=2099-13");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("month");
  }

  @Test
  void theStatisticsPageReadsTheFiguresWithTheTasklistLoginOfItsReaders() {
    Http engineer = new Http(port);
    assertThat(engineer.webappLogin("tasklist", "ops-engineer", "demo").status()).isEqualTo(200);
    assertThat(engineer.get("/api/inspections/statistics?month=2099-03").status()).isEqualTo(200);
    assertThat(engineer.get("/api/inspections/INS-2001-999999").status()).as("no other part of the API").isEqualTo(401);
    Http requester = new Http(port);
    assertThat(requester.webappLogin("tasklist", "requester", "demo").status()).isEqualTo(200);
    assertThat(requester.get("/api/inspections/statistics?month=2099-03").status()).isEqualTo(403);
    assertThat(new Http(port).get("/api/inspections/statistics?month=2099-03").status()).isEqualTo(401);
    Http.Response page = new Http(port).get("/inspection-statistics.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("/api/inspections/statistics", "<svg id=\"per-ci\"").doesNotContain("https://");
  }

  @Test
  void aConfigurationOrAccessListDifferingFromItsBaselineIsInTheCmdbAuditUnderTheInspectionNumber() {
    Round round = start(plan(List.of("core-switch-01", "machine-room-09"), DemoInspectionPlans.NETWORK_CHECKLIST),
        Instant.now());
    int before = cmdb.audit("core-switch-01").size();

    complete(round, "ops-engineer", rows(round, Map.of(
        "core-switch-01 config-unchanged", Map.of("status", "anomaly", "note", "ACL 110 added / 新增 ACL 110"),
        "core-switch-01 access-lists", Map.of("status", "anomaly"),
        "machine-room-09 config-unchanged", Map.of("status", "anomaly"))));

    Http.Response audit = as("config-manager").get("/api/cmdb/items/core-switch-01/audit");
    assertThat(audit.status()).isEqualTo(200);
    List<JsonNode> drifts = new java.util.ArrayList<>();
    audit.json().forEach(row -> {
      if (row.get("field").asText().equals("configurationDrift") && row.get("newValue").asText().startsWith(round.number())) {
        drifts.add(row);
      }
    });
    assertThat(drifts).extracting(row -> row.get("newValue").asText()).containsExactly(
        round.number() + " config-unchanged: ACL 110 added / 新增 ACL 110",
        round.number() + " access-lists: " + JudgeReadingsDelegate.DRIFT);
    assertThat(drifts).allSatisfy(row -> {
      assertThat(row.get("changedBy").asText()).as("the inspector").isEqualTo("ops-engineer");
      assertThat(row.get("oldValue").asText()).isEqualTo(
          "baseline version " + cmdb.find("core-switch-01").orElseThrow().baselineVersion());
    });
    assertThat(records.reading(round.number(), "core-switch-01", "access-lists").orElseThrow().configDrift()).isTrue();
    assertThat(records.reading(round.number(), "core-switch-01", "reachable").orElseThrow().configDrift()).isFalse();

    cmdb.driftFound("core-switch-01", round.number(), "access-lists", "again", "ops-engineer");
    assertThat(cmdb.audit("core-switch-01")).as("a retried job records it once").hasSize(before + 2);
  }

  private void assertRefused(String path, String body, String field) {
    Http.Response refused = agent().post(path, body);
    assertThat(refused.status()).as(body).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as(body).isEqualTo(field);
  }

  private static JsonNode find(JsonNode items, String ci, String item) {
    for (JsonNode node : items) {
      if (node.get("ciId").asText().equals(ci) && node.get("itemId").asText().equals(item)) {
        return node;
      }
    }
    throw new AssertionError("no figures for " + ci + " " + item + " in " + items);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }

  private Http agent() {
    return new Http(port).as("inspection-agent", "demo");
  }
}
