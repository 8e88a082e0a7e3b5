package io.opsflow.securityassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security assessments' contract: requested at the model's start through Camunda's REST by a
 * security officer (refusals 400 naming the field, findings named {@code findings[i].field}), numbered
 * SEC-year-n, and read with their findings only by the security officers, process owners and
 * operations administrators.
 */
class SecurityAssessmentApiTest extends OpsFlowTestBase {

  private static final String START = "/engine-rest/process-definition/key/SecurityAssessment/start";

  @Autowired
  Cmdb cmdb;

  private String web;

  @BeforeEach
  void item() {
    web = "sec-api-" + System.nanoTime() % 1_000_000_000L;
    cmdb.create(web, new Cmdb.Fields("Portal " + web, "application", "ops-engineer", "medium", "production", null),
        new Cmdb.Author("security-test", null));
  }

  @Test
  void badRequestsAndFindingsAreRefusedWith400NamingTheField() {
    Http.Response noScope = as("security-officer").post(START,
        "{\"variables\": {\"method\": {\"value\": \"penetration-test\"}}}");
    Http.Response method = as("security-officer").post(START,
        "{\"variables\": {\"scopeCis\": {\"value\": \"" + web + "\"}, \"method\": {\"value\": \"guessing\"}}}");
    Http.Response unknownCi = as("security-officer").post(START,
        "{\"variables\": {\"scopeCis\": {\"value\": \"no-such-ci\"}, \"method\": {\"value\": \"penetration-test\"}}}");
    assertThat(noScope.status()).isEqualTo(400);
    assertThat(noScope.json().get("field").asText()).isEqualTo("scopeCis");
    assertThat(method.json().get("field").asText()).isEqualTo("method");
    assertThat(unknownCi.json().get("field").asText()).isEqualTo("scopeCis");
    assertThat(as("requester").post(START, started()).status()).as("only security officers request one: others do not see the model")
        .isEqualTo(404);

    Http.Response ok = as("security-officer").post(START, started());
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    String instance = ok.json().get("id").asText();
    Jobs.runDue(engine.getManagementService(), instance);
    Task assess = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Http.Response badScore = as("security-officer").post("/engine-rest/task/" + assess.getId() + "/complete",
        "{\"variables\": {\"assessmentSummary\": {\"value\": \"Scanned\"}, \"findings\": {\"type\": \"Json\", \"value\": "
            + "\"[{\\\"title\\\": \\\"Open port\\\", \\\"ci\\\": \\\"" + web + "\\\", \\\"cvssScore\\\": 5.3, "
            + "\\\"exposure\\\": \\\"internal\\\", \\\"description\\\": \\\"Telnet open\\\"}, "
            + "{\\\"title\\\": \\\"Guess\\\", \\\"ci\\\": \\\"" + web + "\\\", \\\"cvssScore\\\": 12, "
            + "\\\"exposure\\\": \\\"internal\\\", \\\"description\\\": \\\"?\\\"}]\"}}}");
    assertThat(badScore.status()).as(badScore.body()).isEqualTo(400);
    assertThat(badScore.json().get("message").asText()).contains("findings[1].cvssScore must be a CVSS base score");
    runtime.deleteProcessInstance(instance, "test done");
  }

  @Test
  void anAssessmentIsReadWithItsFindingsBySecurityAndManagementOnly() {
    Http.Response ok = as("security-officer").post(START, started());
    String instance = ok.json().get("id").asText();
    String number = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey();
    assertThat(number).matches("SEC-\\d{4}-\\d{6}");
    String path = "/api/security/assessments/" + number;

    for (String reader : new String[] {"security-officer", "process-owner", "ops-admin"}) {
      Http.Response read = as(reader).get(path);
      assertThat(read.status()).as(reader).isEqualTo(200);
      assertThat(read.json().at("/assessment/assessmentNumber").asText()).isEqualTo(number);
      assertThat(read.json().at("/assessment/method").asText()).isEqualTo("penetration-test");
      assertThat(read.json().at("/assessment/scopeCis/0").asText()).isEqualTo(web);
      assertThat(read.json().at("/assessment/requestedBy").asText()).isEqualTo("security-officer");
    }
    assertThat(new Http(port).as("admin", "admin").get(path).status()).isEqualTo(200);
    for (String other : new String[] {"requester", "service-desk", "support-l2", "change-manager", "incident-manager"}) {
      assertThat(as(other).get(path).status()).as(other).isEqualTo(403);
    }
    assertThat(as("security-officer").get("/api/security/assessments/SEC-2001-999999").status()).isEqualTo(404);
    runtime.deleteProcessInstance(instance, "test done");
  }

  private String started() {
    return "{\"variables\": {\"scopeCis\": {\"value\": \"" + web + "\"}, \"method\": {\"value\": \"penetration-test\"}}}";
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
