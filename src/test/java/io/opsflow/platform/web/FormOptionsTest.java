package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
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
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(IncidentIds.PROCESS)
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
}
