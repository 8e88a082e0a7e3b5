package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: nobody types an id on the requirement and continuity forms. Their start forms, as
 * Tasklist reads them, offer today's DR plans and configuration items to choose from; the task
 * forms name the option source their pickers are filled from (filled alike when read).
 */
@OpsFlowTest
class DeliveryContinuityPickersTest extends OpsFlowTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "DisasterRecoveryDrill, planId, select, dr-coordinator",
      "DisasterRecovery, planId, select, dr-coordinator",
      "DisasterRecovery, affectedSystems, taglist, dr-coordinator",
      "BackupRestoreTest, systemId, select, ops-engineer",
      "RequirementDelivery, system, select, requester"})
  void theStartFormsOfferTodaysRecords(String process, String key, String type, String user) throws Exception {
    Http.Response answer = new Http(port).as(user, "demo")
        .get("/engine-rest/process-definition/key/" + process + "/deployed-start-form");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode field = field(JSON.readTree(answer.body()), key);
    assertThat(field.path("type").asText()).isEqualTo(type);
    assertThat(field.has("valuesKey")).as("filled in as the form is read").isFalse();
    assertThat(field.path("values")).as("options").isNotEmpty();
    assertThat(field.path("validate").has("pattern")).isFalse();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({
      "DrillPlanForm, systems, taglist, configurationItems",
      "RequirementAssessmentForm, devLead, select, devLeads"})
  void theTaskFormsChooseFromASource(String form, String key, String type, String source) throws Exception {
    JsonNode field = field(JSON.readTree(Path.of("forms", form + ".form").toFile()), key);
    assertThat(field.path("type").asText()).isEqualTo(type);
    assertThat(field.path("valuesKey").asText()).isEqualTo(source);
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
