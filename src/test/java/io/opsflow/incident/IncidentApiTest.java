package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reporting and working incidents over HTTP: what is accepted, what is refused and how. */
@OpsFlowTest
class IncidentApiTest extends OpsFlowTestBase {

  IncidentSteps incidents;

  @BeforeEach
  void steps() {
    incidents = new IncidentSteps(engine);
  }

  @Test
  void aRequesterReportsAnIncidentAndGetsItsNumberAtOnce() {
    Http.Response created = new Http(port).as("requester", "demo").post("/api/incidents",
        "{\"summary\":\"Laptop does not boot\",\"impact\":\"low\",\"urgency\":\"high\",\"category\":\"hardware\"}");

    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("incidentNumber").asText();
    assertThat(number).matches("INC-\\d{4}-\\d{6}");
    assertThat(created.header("Location")).isEqualTo("/api/incidents/" + number);
    incidents.runJobs(number);

    JsonNode ticket = new Http(port).as("requester", "demo").get("/api/incidents/" + number).json();
    assertThat(ticket.at("/incident/priority").asText()).isEqualTo("P3");
    assertThat(ticket.at("/incident/reporter").asText()).isEqualTo("requester");
    assertThat(ticket.at("/incident/status").asText()).isEqualTo("REGISTERED");
  }

  @Test
  void theTicketKeepsTheReportersContactAndCountsTheOutageFromWhenTheFaultBegan() {
    Instant began = ClockUtil.getCurrentTime().toInstant().minus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.MINUTES);
    Http.Response created = new Http(port).as("requester", "demo").post("/api/incidents",
        "{\"summary\":\"Warehouse scanner offline\",\"reporterPhone\":\"+86 21 5555-0101\","
            + "\"reporterEmail\":\"li.wei@example.com\",\"faultBeganAt\":\"" + began.atOffset(ZoneOffset.ofHours(8)) + "\"}");
    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("incidentNumber").asText();
    incidents.runJobs(number);
    incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, true,
        IncidentVariables.RESOLUTION_NOTES, "Re-paired the scanner", IncidentVariables.FAULT_CAUSE, "Worn part",
        IncidentVariables.PREVENTIVE_MEASURES, "Added to the maintenance plan");

    JsonNode ticket = new Http(port).as("service-desk", "demo").get("/api/incidents/" + number).json();
    assertThat(ticket.at("/incident/reporterPhone").asText()).isEqualTo("+86 21 5555-0101");
    assertThat(ticket.at("/incident/reporterEmail").asText()).isEqualTo("li.wei@example.com");
    assertThat(Instant.parse(ticket.at("/incident/faultBeganAt").asText())).isEqualTo(began);
    Instant resolved = Instant.parse(ticket.at("/incident/resolvedAt").asText());
    assertThat(Duration.parse(ticket.at("/outage").asText())).isEqualTo(Duration.between(began, resolved))
        .isGreaterThanOrEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aBadContactOrFaultTimeIsRefusedNamingTheField() {
    Http requester = new Http(port).as("requester", "demo");
    String future = ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2)).atOffset(ZoneOffset.UTC).toString();

    assertThat(requester.post("/api/incidents", "{\"summary\":\"x\",\"reporterPhone\":\"call me\"}")
        .json().get("field").asText()).isEqualTo("reporterPhone");
    assertThat(requester.post("/api/incidents", "{\"summary\":\"x\",\"reporterEmail\":\"li.wei\"}")
        .json().get("field").asText()).isEqualTo("reporterEmail");
    assertThat(requester.post("/api/incidents", "{\"summary\":\"x\",\"faultBeganAt\":\"2026-11-25T10:00\"}")
        .json().get("field").asText()).isEqualTo("faultBeganAt");
    assertThat(requester.post("/api/incidents", "{\"summary\":\"x\",\"faultBeganAt\":\"" + future + "\"}")
        .json().get("field").asText()).isEqualTo("faultBeganAt");
  }

  @Test
  void aTicketIsReadByItsReporterAndTheSupportRolesButNotByOthers() {
    String number = new Http(port).as("requester", "demo").post("/api/incidents", "{\"summary\":\"Webcam dark\"}")
        .json().get("incidentNumber").asText();
    incidents.runJobs(number);

    assertThat(new Http(port).as("requester", "demo").get("/api/incidents/" + number).status()).isEqualTo(200);
    assertThat(new Http(port).as("support-l2", "demo").get("/api/incidents/" + number).status()).isEqualTo(200);
    assertThat(new Http(port).as("developer", "demo").get("/api/incidents/" + number).status()).isEqualTo(404);
    // the technical user alertmanager calls its webhook only
    assertThat(new Http(port).as("alertmanager", "demo").get("/api/incidents/" + number).status()).isEqualTo(403);
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldAndStartsNothing() {
    Http requester = new Http(port).as("requester", "demo");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count();

    Http.Response noSummary = requester.post("/api/incidents", "{\"impact\":\"high\"}");
    Http.Response badImpact = requester.post("/api/incidents", "{\"summary\":\"x\",\"impact\":\"extreme\"}");
    Http.Response badCategory = requester.post("/api/incidents", "{\"summary\":\"x\",\"category\":\"weather\"}");
    Http.Response notJson = requester.post("/api/incidents", "{\"summary\":");

    assertThat(noSummary.status()).isEqualTo(400);
    assertThat(noSummary.json().get("field").asText()).isEqualTo("summary");
    assertThat(badImpact.json().get("field").asText()).isEqualTo("impact");
    assertThat(badImpact.json().get("message").asText()).contains("high, low, medium");
    assertThat(badCategory.json().get("field").asText()).isEqualTo("category");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body()).doesNotContain("Exception");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count()).isEqualTo(before);
  }

  @Test
  void engineRestRefusesABadStartWith400() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count();

    Http.Response response = new Http(port).as("service-desk", "demo").post(
        "/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"Disk full\"},\"impact\":{\"value\":\"extreme\"}}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("impact must be one of");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count()).isEqualTo(before);
  }

  @Test
  void aStartMayNeitherBeginMidModelNorSkipItsChecksNorSetTheProcessesOwnVariables() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count();

    Http.Response midModel = serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"}},"
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Activity_CloseIncident\"}]}");
    Http.Response skipping = serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"}},\"skipCustomListeners\":true}");
    Http.Response ownNumber = serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"incidentNumber\":{\"value\":\"INC-2026-000001\"}}}");

    assertThat(midModel.status()).isEqualTo(400);
    assertThat(midModel.json().get("field").asText()).isEqualTo("startInstructions");
    assertThat(skipping.json().get("field").asText()).isEqualTo("skipCustomListeners");
    assertThat(ownNumber.status()).isEqualTo(400);
    assertThat(ownNumber.json().get("field").asText()).isEqualTo("incidentNumber");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS).count()).isEqualTo(before);
  }

  @Test
  void engineRestRefusesSatisfactionNineAndTheTaskStaysOpen() {
    String number = new Http(port).as("service-desk", "demo")
        .post("/api/incidents", "{\"summary\":\"Beamer flickers\",\"impact\":\"low\",\"urgency\":\"low\"}")
        .json().get("incidentNumber").asText();
    incidents.runJobs(number);
    incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, true,
        IncidentVariables.RESOLUTION_NOTES, "Replaced the cable", IncidentVariables.FAULT_CAUSE, "Worn part",
        IncidentVariables.PREVENTIVE_MEASURES, "Added to the maintenance plan");
    String confirm = incidents.task(number, IncidentIds.CONFIRM_RESOLUTION).getId();

    Http.Response response = new Http(port).as("service-desk", "demo").post("/engine-rest/task/" + confirm + "/complete",
        "{\"variables\":{\"confirmed\":{\"value\":true},\"satisfaction\":{\"value\":9}}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).contains("satisfaction must be a whole number from 1 to 5");
    assertThat(incidents.task(number, IncidentIds.CONFIRM_RESOLUTION).getId()).isEqualTo(confirm);
  }

  @Test
  void aRoleThatDoesNotReportIncidentsIsForbidden() {
    Http.Response response = new Http(port).as("support-l1", "demo").post("/api/incidents", "{\"summary\":\"x\"}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("status").asInt()).isEqualTo(403);
  }

  @Test
  void anUnknownIncidentIs404() {
    Http.Response response = new Http(port).as("requester", "demo").get("/api/incidents/INC-1999-000001");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("message").asText()).contains("INC-1999-000001");
  }
}
