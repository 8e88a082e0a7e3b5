package io.opsflow.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;

/**
 * Equipment repairs over HTTP: a fault reported through OpsFlow's API by its CMDB item or asset
 * number, read by its reporter and the repair's readers only; bad input answered with 400 naming the
 * field on every door (OpsFlow's API, Camunda's REST start and task completion), nothing numbered.
 */
class EquipmentRepairApiTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;

  @Test
  void aFaultReportedByAssetNumberIsReadByItsReporterAndTheRepairReadersOnly() {
    String asset = "AS-" + UUID.randomUUID().toString().substring(0, 8);
    String server = TestItems.create(cmdb, "srv-api", "server", "medium", "{\"assetNumber\":\"" + asset + "\"}");

    Http.Response reported = as("requester").post("/api/equipment/repairs", report(asset, "PowerEdge R650",
        EngineClock.now().minus(Duration.ofMinutes(30)).toString()));

    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String number = reported.json().get("repairNumber").asText();
    assertThat(number).matches("REP-\\d{4}-\\d{6}");
    assertThat(reported.header("Location")).isEqualTo("/api/equipment/repairs/" + number);
    JsonNode ticket = as("requester").get("/api/equipment/repairs/" + number).json();
    assertThat(ticket.get("equipmentCi").asText()).as("found by its asset number").isEqualTo(server);
    assertThat(ticket.get("reporter").asText()).isEqualTo("requester");
    assertThat(ticket.get("status").asText()).isEqualTo("REGISTERED");
    assertThat(as("requester").get("/api/me/tickets").body()).as("on the reporter's \"My tickets\"")
        .contains(number, server + " (PowerEdge R650): Fan grinds");
    for (String reader : new String[] {"equipment-maintainer", "ops-admin", "service-desk", "problem-manager"}) {
      assertThat(as(reader).get("/api/equipment/repairs/" + number).status()).as(reader).isEqualTo(200);
    }
    assertThat(as("support-l3").get("/api/equipment/repairs/" + number).status()).isEqualTo(404);
    assertThat(as("release-manager").get("/api/equipment/repairs/" + number).status()).isEqualTo(404);
    assertThat(as("release-manager").get("/engine-rest/process-instance?businessKey=" + number).json().size())
        .as("nor in the engine").isZero();
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldOnEveryDoorAndNothingIsNumbered() {
    String server = TestItems.create(cmdb, "srv-api", "server", "low");
    String now = EngineClock.now().toString();
    String tomorrow = EngineClock.now().plus(Duration.ofDays(1)).toString();
    long before = count();

    assertField(as("requester").post("/api/equipment/repairs", "{\"model\": \"M\", \"faultDetails\": \"x\", \"occurredAt\": \""
        + now + "\"}"), "equipment");
    assertField(as("requester").post("/api/equipment/repairs", report("no-such-equipment", "M", now)), "equipment");
    assertField(as("requester").post("/api/equipment/repairs", report(server, "M", tomorrow)), "occurredAt");
    assertField(as("requester").post("/api/equipment/repairs", report(server, "M", "2026-12-01T10:00")), "occurredAt");
    assertField(as("requester").post("/api/equipment/repairs", report(server, " ", now)), "model");
    assertField(as("requester").post("/engine-rest/process-definition/key/EquipmentRepair/start",
        "{\"variables\": {\"equipment\": {\"value\": \"no-such-equipment\"}, \"model\": {\"value\": \"M\"}, "
            + "\"faultDetails\": {\"value\": \"x\"}, \"occurredAt\": {\"value\": \"" + now + "\"}}}"), "equipment");
    assertField(as("requester").post("/engine-rest/process-definition/key/EquipmentRepair/start",
        "{\"variables\": {\"equipment\": {\"value\": \"" + server + "\"}, \"model\": {\"value\": \"M\"}, "
            + "\"faultDetails\": {\"value\": \"x\"}, \"occurredAt\": {\"value\": \"" + tomorrow + "\"}}}"), "occurredAt");
    assertThat(as("cab").post("/api/equipment/repairs", report(server, "M", now)).status())
        .as("the CAB reports no faults").isEqualTo(403);
    assertThat(count()).isEqualTo(before);

    String pid = as("requester").post("/api/equipment/repairs", report(server, "M", now)).json()
        .get("processInstanceId").asText();
    Http maintainer = as("equipment-maintainer");
    assertThat(maintainer.post("/engine-rest/task/" + task(pid) + "/complete",
        "{\"variables\": {\"faultClass\": {\"value\": \"mechanical\"}, \"spareInPlace\": {\"value\": false}}}").status())
        .isEqualTo(204);
    Jobs.runDue(engine.getManagementService(), pid);
    assertNamed(maintainer.post("/engine-rest/task/" + task(pid) + "/complete",
        "{\"variables\": {\"repairSteps\": {\"value\": \"Replace the fan\"}, \"estimatedHours\": {\"value\": 1}, "
            + "\"repairBy\": {\"value\": \"in-house\"}, \"orderParts\": {\"value\": true}, "
            + "\"partToOrder\": {\"value\": \"Fan\"}, \"orderQuantity\": {\"value\": -3}}}"), "orderQuantity");
    assertNamed(maintainer.post("/engine-rest/task/" + task(pid) + "/complete",
        "{\"variables\": {\"repairSteps\": {\"value\": \"Replace the fan\"}, \"estimatedHours\": {\"value\": -1}, "
            + "\"repairBy\": {\"value\": \"in-house\"}}}"), "estimatedHours");
  }

  private String task(String pid) {
    return tasks.createTaskQuery().processInstanceId(pid).singleResult().getId();
  }

  private static String report(String equipment, String model, String occurredAt) {
    return "{\"equipment\": \"" + equipment + "\", \"model\": \"" + model + "\", \"faultDetails\": \"Fan grinds\", "
        + "\"occurredAt\": \"" + occurredAt + "\"}";
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_equipment_repair").query(Long.class).single();
  }

  private static void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(field);
  }

  /** A task's refusal over Camunda's REST: 400, its message naming the field. */
  private static void assertNamed(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains("Task not completed: " + field + " ");
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
