package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.incident.IncidentVariables;
import io.opsflow.incident.IncidentIds;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form's lists come from today's records as the form is read: the incident report offers the
 * CMDB's configuration items in service, on both doors Tasklist and a client use.
 */
@OpsFlowTest
class FormOptionsTest extends OpsFlowTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  RepositoryService repository;

  @Test
  void theIncidentReportOffersTheConfigurationItemsInService() throws Exception {
    Http http = new Http(port).as("service-desk", "demo");
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "service-desk", "demo").status()).isEqualTo(200);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(IncidentIds.PROCESS)
        .latestVersion().singleResult().getId();
    for (String path : new String[] {
        "/engine-rest/process-definition/key/" + IncidentIds.PROCESS + "/deployed-start-form",
        "/camunda/api/engine/engine/default/process-definition/" + definition + "/deployed-start-form"}) {
      Http.Response answer = path.startsWith("/camunda") ? tasklist.get(path) : http.get(path);
      assertThat(answer.status()).as(path).isEqualTo(200);
      JsonNode field = field(JSON.readTree(answer.body()), "affectedCi");
      assertThat(field.has("valuesKey")).as(path).isFalse();
      assertThat(field.path("values").findValuesAsText("value")).as(path).contains("crm-db", "vpn-gateway");
      assertThat(field.path("values").findValuesAsText("label")).as(path)
          .anySatisfy(label -> assertThat(label).startsWith("crm-db: "));
    }
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key);
  }

  @Autowired
  java.util.List<FormOptionSource> sources;
  @Autowired
  io.opsflow.configuration.Cmdb cmdb;

  /** An item nobody owns (a group may own none) does not stop the list of change implementers. */
  @Test
  void theChangeImplementersAreOfferedWhileAnItemHasNoOwnerGroup() {
    io.opsflow.configuration.TestItems.create(cmdb, "unowned", "server", "low");
    FormOptionSource implementers = sources.stream().filter(source -> source.key().equals("changeImplementers"))
        .findFirst().orElseThrow();
    assertThat(implementers.options()).extracting(FormOptionSource.FormOption::value).contains("change-implementer");
  }

  /** A major incident's coordination offers the DR plans in force and the published runbooks, each in its own list. */
  @Test
  void theCoordinationFormOffersTheDrPlansAndTheRunbooks() throws Exception {
    String number = new Http(port).as("service-desk", "demo").post("/api/incidents",
        "{\"summary\":\"Core switch down (form options)\",\"impact\":\"high\",\"urgency\":\"high\",\"category\":\"network\"}")
        .json().get("incidentNumber").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    ProcessSteps steps = new ProcessSteps(engine);
    steps.runJobs(instance);
    steps.complete(instance, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, false);
    String task = steps.task(instance, IncidentIds.COORDINATE_MAJOR_INCIDENT).getId();
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "incident-manager", "demo").status()).isEqualTo(200);

    Http.Response answer = tasklist.get("/camunda/api/engine/engine/default/task/" + task + "/deployed-form");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode form = JSON.readTree(answer.body());
    assertThat(field(form, "emergencyDrPlan").path("values").findValuesAsText("value")).contains("dr-online-shop");
    assertThat(field(form, "drPlanId").path("values").findValuesAsText("value")).contains("dr-online-shop");
    assertThat(field(form, "emergencyRunbook").has("valuesKey")).isFalse();
    assertThat(field(form, "emergencyRunbook").path("values").isArray()).isTrue();
  }
}
