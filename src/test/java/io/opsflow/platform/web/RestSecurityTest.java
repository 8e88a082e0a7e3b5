package io.opsflow.platform.web;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;

/** The REST surfaces as a client meets them: who gets in, what is refused, what is closed. */
@OpsFlowTest
class RestSecurityTest extends OpsFlowTestBase {

  /** The shape of CVE-2026-109432: an expression inside a task query's orQueries. */
  private static final String OR_QUERY_WITH_EXPRESSION =
      "{\"orQueries\":[{\"assigneeExpression\":\"${'x'.getClass()}\"}]}";

  @Test
  void engineRestWithoutCredentialsIsUnauthorized() {
    Http.Response response = new Http(port).get("/engine-rest/task");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.json().get("message").asText()).contains("credentials are required");
  }

  @Test
  void engineRestWithUnknownCredentialsIsUnauthorized() {
    // (a wrong password for a real user would also count towards its lock-out and delay its next login)
    assertThat(new Http(port).as("nobody", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
  }

  @Test
  void engineRestWithCredentialsAnswers() {
    Http.Response response = new Http(port).as("service-desk", "demo").get("/engine-rest/task");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().isArray()).isTrue();
  }

  @Test
  void engineRestEnforcesAuthorization() {
    // only camunda-admin reads the authorizations; a role user gets none of them
    assertThat(new Http(port).as("support-l1", "demo").get("/engine-rest/authorization/count").json()
        .get("count").asInt()).isZero();
    assertThat(new Http(port).as("admin", "admin").get("/engine-rest/authorization/count").json()
        .get("count").asInt()).isPositive();
    // and a role user may not create users
    Http.Response create = new Http(port).as("support-l1", "demo").post("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}");
    assertThat(create.status()).isEqualTo(403);
  }

  @Test
  void orQueriesWithExpressionsAreRefusedOnEngineRest() {
    Http http = new Http(port).as("demo", "demo");

    Http.Response tasks = http.post("/engine-rest/task", OR_QUERY_WITH_EXPRESSION);
    Http.Response count = http.post("/engine-rest/task/count", OR_QUERY_WITH_EXPRESSION);
    String evilFilter = "{\"resourceType\":\"Task\",\"name\":\"evil\",\"query\":" + OR_QUERY_WITH_EXPRESSION + "}";
    Http.Response filter = new Http(port).as("admin", "admin").post("/engine-rest/filter/create", evilFilter);
    Http.Response filterByRole = http.post("/engine-rest/filter/create", evilFilter);

    assertThat(tasks.status()).isEqualTo(400);
    assertThat(tasks.json().get("message").asText()).contains("assigneeExpression");
    assertThat(count.status()).isEqualTo(400);
    assertThat(filter.status()).as("even an administrator's filter").isEqualTo(400);
    assertThat(filterByRole.status()).as("filters are not created by roles at all").isEqualTo(403);
  }

  @Test
  void orQueriesWithoutExpressionsStillWork() {
    Http.Response tasks = new Http(port).as("demo", "demo")
        .post("/engine-rest/task", "{\"orQueries\":[{\"assignee\":\"demo\"},{\"candidateGroup\":\"support-l1\"}]}");

    assertThat(tasks.status()).isEqualTo(200);
  }

  @Test
  void orQueriesWithExpressionsAreRefusedOnTheWebappApi() {
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "service-desk", "demo").status()).isEqualTo(200);

    Http.Response harmless = tasklist.post("/camunda/api/engine/engine/default/task/count", "{}");
    Http.Response evil = tasklist.post("/camunda/api/engine/engine/default/task/count", OR_QUERY_WITH_EXPRESSION);

    assertThat(harmless.status()).isEqualTo(200);
    assertThat(evil.status()).isEqualTo(400);
  }

  @Test
  void setupEndpointIsClosed() {
    Http.Response response = new Http(port).post("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"takeover\"},\"credentials\":{\"password\":\"x\"}}");

    assertThat(response.status()).isEqualTo(403);
    assertThat(new Http(port).as("admin", "admin").get("/engine-rest/user/count?id=takeover").json()
        .get("count").asInt()).isZero();
  }

  @Test
  void thereIsNoH2Console() {
    assertThat(new Http(port).get("/h2-console").status()).isEqualTo(404);
    assertThat(new Http(port).get("/h2-console/").status()).isEqualTo(404);
  }

  @Test
  void healthIsOpenWithoutCredentials() {
    // the job executor is paused in these tests; RestartIT checks its health in the real application
    Http.Response health = new Http(port).get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().get("components").fieldNames()).toIterable().contains("processEngine", "db");
  }

  @Test
  void prometheusNeedsCredentials() {
    assertThat(new Http(port).get("/actuator/prometheus").status()).isEqualTo(401);

    Http.Response scrape = new Http(port).as("ops-admin", "demo").get("/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.body()).contains("opsflow_tasks_open", "opsflow_engine_incidents_open");
  }

  @Test
  void apiErrorsAreJsonWithoutStackTraces() {
    Http.Response unknown = new Http(port).as("demo", "demo").get("/api/no-such-thing");
    Http.Response anonymous = new Http(port).get("/api/me");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("status").asInt()).isEqualTo(404);
    assertThat(unknown.json().get("error").asText()).isEqualTo("Not Found");
    assertThat(unknown.body()).doesNotContain("Exception", "at io.");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("error").asText()).isEqualTo("Unauthorized");
  }

  @Test
  void aTaskIsCompletedWithTheFieldsOfItsFormOnly() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");
    String incident = serviceDesk.post("/api/incidents", "{\"summary\":\"Printer jammed\",\"impact\":\"low\"}")
        .json().path("processInstanceId").asText();
    Jobs.runDue(engine.getManagementService(), incident);
    String task = engine.getTaskService().createTaskQuery().processInstanceId(incident).singleResult().getId();

    Http.Response steering = serviceDesk.post("/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"resolvedAtFirstContact\":{\"value\":false},\"priority\":{\"value\":\"P1\"}}}");
    assertThat(steering.status()).isEqualTo(400);
    assertThat(steering.json().path("field").asText()).isEqualTo("priority");
    Http.Response sideways = serviceDesk.put("/engine-rest/task/" + task + "/variables/priority",
        "{\"value\":\"P1\",\"type\":\"String\"}");
    assertThat(sideways.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(incident, "priority")).as("untouched").isNotEqualTo("P1");

    Http.Response completed = serviceDesk.post("/engine-rest/task/" + task + "/complete",
        "{\"variables\":{\"resolvedAtFirstContact\":{\"value\":true},\"resolutionNotes\":{\"value\":\"Cleared the jam\"},"
            + "\"faultCause\":{\"value\":\"Paper jam\"},\"preventiveMeasures\":{\"value\":\"Heavier paper only\"}}}");
    assertThat(completed.status()).isEqualTo(204);
  }

  @Test
  void messagesBetweenProcessesAreNotForCallers() {
    Http.Response message = new Http(port).as("requester", "demo").post("/engine-rest/message",
        "{\"messageName\":\"ChangeRequested\",\"processVariables\":{\"summary\":{\"value\":\"x\"},"
            + "\"changeNumber\":{\"value\":\"CHG-2099-123456\"}}}");

    assertThat(message.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("CHG-2099-123456")
        .count()).isZero();
  }

  @Test
  void theGuardsHoldForEveryWayOfWritingAPath() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");
    String incident = serviceDesk.post("/api/incidents", "{\"summary\":\"Scanner offline\"}")
        .json().path("processInstanceId").asText();
    Jobs.runDue(engine.getManagementService(), incident);
    String task = engine.getTaskService().createTaskQuery().processInstanceId(incident).singleResult().getId();
    String steering = "{\"variables\":{\"resolvedAtFirstContact\":{\"value\":false},\"priority\":{\"value\":\"P1\"}}}";

    for (String complete : new String[] {"complete/", "complete;x=1", "%63omplete", "complete//"}) {
      Http.Response response = serviceDesk.post("/engine-rest/task/" + task + "/" + complete, steering);
      assertThat(response.status()).as(complete).isEqualTo(400);
      assertThat(response.json().path("field").asText()).as(complete).isEqualTo("priority");
    }
    assertThat(serviceDesk.post("/engine-rest/task/" + task + "/variables;x=1",
        "{\"modifications\":{\"priority\":{\"value\":\"P1\"}}}").status()).isEqualTo(403);
    assertThat(serviceDesk.post("/engine-rest/message/", "{\"messageName\":\"ProblemRaised\"}").status()).isEqualTo(403);
    Http.Response start = serviceDesk.post("/engine-rest/process-definition/key/IncidentManagement/start;x=1",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"incidentNumber\":{\"value\":\"INC-2099-000001\"}}}");
    assertThat(start.status()).isEqualTo(400);
    assertThat(start.json().path("field").asText()).isEqualTo("incidentNumber");
    assertThat(engine.getRuntimeService().getVariable(incident, "priority")).isNotEqualTo("P1");
  }
}
