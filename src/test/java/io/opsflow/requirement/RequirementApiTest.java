package io.opsflow.requirement;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.requirement.RequirementSteps.inDays;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The requirement over HTTP, as its people and other systems use it: raised through OpsFlow's API
 * and Camunda's REST (bad input answered with 400 naming the field), the plan checked on
 * completion, progress reported twice, the original document attached, the ticket read.
 */
@OpsFlowTest
class RequirementApiTest extends OpsFlowTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void aRequesterRaisesARequirementAndReadsItsTicket() {
    Http.Response raised = as("requester").post("/api/requirements", """
        {"title": "Bulk user import", "content": "Import users from a CSV file", "system": "crm",
         "urgency": "high", "requirementType": "feature", "expectedDate": "%s"}""".formatted(inDays(40)));

    assertThat(raised.status()).isEqualTo(201);
    String number = raised.json().get("requirementNumber").asText();
    assertThat(raised.header("Location")).isEqualTo("/api/requirements/" + number);
    JsonNode ticket = as("requester").get("/api/requirements/" + number).json();
    assertThat(ticket.get("requirementNumber").asText()).isEqualTo(number);
    assertThat(ticket.get("requester").asText()).isEqualTo("requester");
    assertThat(ticket.get("status").asText()).as("registered; the requirements administrator screens it next")
        .isEqualTo("REGISTERED");
    assertThat(ticket.hasNonNull("priority")).as("proposed by the decision, not yet screened").isFalse();
    screened(number);
    ticket = as("requester").get("/api/requirements/" + number).json();
    assertThat(ticket.get("priority").asText()).as("high urgency, a feature of a highly critical system").isEqualTo("P2");
    assertThat(ticket.get("status").asText()).isEqualTo("ASSESSING");
    assertThat(ticket.get("expectedDate").asText()).isEqualTo(inDays(40));
    assertThat(as("project-manager").get("/api/requirements/" + number).status()).isEqualTo(200);
    assertThat(as("requirements-admin").get("/api/requirements/" + number).status()).as("who screens it").isEqualTo(200);
    assertThat(as("service-desk").get("/api/requirements/" + number).status()).as("not a project role").isEqualTo(404);
    assertThat(as("requester").get("/api/requirements/REQ-1999-000001").status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldAndRaisesNothing() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RequirementIds.PROCESS).count();

    Http.Response past = as("requester").post("/api/requirements",
        "{\"title\": \"x\", \"content\": \"y\", \"expectedDate\": \"2020-01-01\"}");
    Http.Response noContent = as("requester").post("/api/requirements",
        "{\"title\": \"x\", \"expectedDate\": \"" + inDays(3) + "\"}");
    Http.Response engineRest = as("requester").post("/engine-rest/process-definition/key/RequirementDelivery/start",
        "{\"variables\": {\"title\": {\"value\": \"x\"}, \"content\": {\"value\": \"y\"}, "
            + "\"expectedDate\": {\"value\": \"" + inDays(3) + "\"}, \"urgency\": {\"value\": \"asap\"}}}");
    Http.Response foreign = as("requester").post("/engine-rest/process-definition/key/RequirementDelivery/start",
        "{\"variables\": {\"title\": {\"value\": \"x\"}, \"content\": {\"value\": \"y\"}, "
            + "\"expectedDate\": {\"value\": \"" + inDays(3) + "\"}, \"devLead\": {\"value\": \"me\"}}}");
    Http.Response notARequester = as("support-l1").post("/api/requirements",
        "{\"title\": \"x\", \"content\": \"y\", \"expectedDate\": \"" + inDays(3) + "\"}");

    assertThat(past.status()).isEqualTo(400);
    assertThat(past.json().get("field").asText()).isEqualTo("expectedDate");
    assertThat(noContent.json().get("field").asText()).isEqualTo("content");
    assertThat(engineRest.status()).isEqualTo(400);
    assertThat(engineRest.json().get("field").asText()).isEqualTo("urgency");
    assertThat(foreign.json().get("field").asText()).isEqualTo("devLead");
    assertThat(notARequester.status()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RequirementIds.PROCESS).count())
        .isEqualTo(before);
  }

  @Test
  void aPlanNamingAUserWhoIsNotADeveloperIsRefusedWith400AndTheTaskStaysOpen() {
    String instance = plannedBy(screened(raise("Plan check")));
    String plan = steps.task(instance, RequirementIds.PLAN).getId();

    Http.Response notADeveloper = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "tester", "tester"));
    Http.Response unknownUser = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "nobody", "tester"));
    Http.Response ownTester = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "demo", "demo"));
    Http.Response ended = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "developer", "tester").replace(inDays(40), inDays(-1)));
    Http.Response secondEndsBeforeItsStart = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "developer", "tester").replace("}]", "}, {\\\"name\\\": \\\"Export job\\\", "
            + "\\\"developer\\\": \\\"developer\\\", \\\"tester\\\": \\\"tester\\\", \\\"start\\\": \\\"" + inDays(9)
            + "\\\", \\\"end\\\": \\\"" + inDays(8) + "\\\"}]"));
    String stillOpen = steps.task(instance, RequirementIds.PLAN).getId();
    Http.Response good = as("dev-lead").post("/engine-rest/task/" + plan + "/complete",
        devTasks("Import job", "developer", "tester"));

    assertThat(notADeveloper.status()).isEqualTo(400);
    assertThat(notADeveloper.json().get("message").asText())
        .contains("devTasks[1].developer 'tester' is not in group developer");
    assertThat(unknownUser.status()).isEqualTo(400);
    assertThat(unknownUser.json().get("message").asText()).contains("devTasks[1].developer 'nobody' is not in group developer");
    assertThat(ownTester.status()).isEqualTo(400);
    assertThat(ownTester.json().get("message").asText()).contains("devTasks[1].tester must be another person than the developer: demo cannot test their own task");
    assertThat(ended.status()).isEqualTo(400);
    assertThat(ended.json().get("message").asText()).contains("devTasks[1].end has passed (" + inDays(-1) + ")");
    assertThat(secondEndsBeforeItsStart.status()).isEqualTo(400);
    assertThat(secondEndsBeforeItsStart.json().get("message").asText())
        .contains("devTasks[2].end must not be before its start (" + inDays(9) + "), not " + inDays(8));
    assertThat(stillOpen).as("the plan waits for a good one").isEqualTo(plan);
    assertThat(good.status()).isEqualTo(204);
    steps.runJobs(instance);
    assertThat(steps.tasks(instance)).filteredOn(t -> t.getTaskDefinitionKey().equals(RequirementIds.REPORT_PROGRESS))
        .extracting(Task::getAssignee).containsExactly("developer");
  }

  /**
   * "Reported twice": the developer's 100 % goes out twice at once (a double click, a retried
   * request). One completion wins; the task is gone for the other, and the tester gets one test
   * task. Nor can the developer report again afterwards: the report task is gone until a bug
   * brings it back.
   */
  @Test
  void progressReportedTwiceAt100CreatesExactlyOneTestTask() throws Exception {
    String instance = plannedBy(screened(raise("Twice reported")));
    as("dev-lead").post("/engine-rest/task/" + steps.task(instance, RequirementIds.PLAN).getId() + "/complete",
        devTasks("Import job", "developer", "tester"));
    steps.runJobs(instance);
    String report = steps.task(instance, RequirementIds.REPORT_PROGRESS).getId();
    String done = "{\"variables\": {\"progress\": {\"value\": 100}, \"progressNote\": {\"value\": \"Done\"}}}";

    CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() ->
        as("developer").post("/engine-rest/task/" + report + "/complete", done));
    CompletableFuture<Http.Response> second = CompletableFuture.supplyAsync(() ->
        as("developer").post("/engine-rest/task/" + report + "/complete", done));
    List<Integer> statuses = List.of(first.get().status(), second.get().status());
    Http.Response again = as("developer").post("/engine-rest/task/" + report + "/complete", done);

    assertThat(statuses).containsOnlyOnce(204);
    assertThat(again.status()).isGreaterThanOrEqualTo(400);
    assertThat(steps.task(instance, RequirementIds.TEST_TASK).getAssignee()).isEqualTo("tester");
    assertThat(as("developer").get("/engine-rest/task?processInstanceId=" + instance + "&assignee=developer").json())
        .as("nothing left to report").isEmpty();
    String number = steps.variable(instance, RequirementVariables.REQUIREMENT_NUMBER);
    JsonNode devTask = as("developer").get("/api/requirements/" + number).json().get("tasks").get(0);
    assertThat(devTask.get("progress").asInt()).isEqualTo(100);
    assertThat(devTask.get("status").asText()).isEqualTo("IN_TEST");
    assertThat(devTask.get("testRounds").asInt()).isEqualTo(1);
    assertThat(devTask.get("reports")).hasSize(1);
  }

  @Test
  void theOriginalDocumentIsAttachedToTheRequirement() throws Exception {
    String number = screened(raise("Attach the original"));
    String instance = instanceOf(number);
    Task assess = steps.task(instance, RequirementIds.ASSESS);

    HttpResponse<String> byRequester = send("requester", "/api/requirements/" + number + "/attachments?name=spec.pdf",
        "application/pdf", "%PDF-1.4 the original requirement");
    HttpResponse<String> byProjectManager = send("project-manager", "/engine-rest/task/" + assess.getId()
        + "/attachment/create", null, multipart("minutes.txt", "text/plain", "Kick-off minutes"));

    assertThat(byRequester.statusCode()).isEqualTo(201);
    JsonNode attached = JSON.readTree(byRequester.body());
    assertThat(attached.get("taskId").asText()).as("on the open task, where Tasklist shows it").isEqualTo(assess.getId());
    assertThat(byProjectManager.statusCode()).isEqualTo(200);
    TaskService tasks = engine.getTaskService();
    assertThat(tasks.getProcessInstanceAttachments(instance)).as("the original document is the requirement's")
        .extracting(Attachment::getName).containsExactly("spec.pdf");
    assertThat(as("project-manager").get("/engine-rest/task/" + assess.getId() + "/attachment").json())
        .extracting(a -> a.get("name").asText()).containsExactlyInAnyOrder("spec.pdf", "minutes.txt");
    String id = attached.get("id").asText();
    assertThat(new String(tasks.getAttachmentContent(id).readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("%PDF-1.4 the original requirement");
    String tooLarge = declareOnly("requester", "/api/requirements/" + number + "/attachments?name=dump.bin",
        io.opsflow.platform.process.TicketDocuments.MAX_BYTES + 1L);
    assertThat(tooLarge).as("refused on its declared length, before a byte of it is sent")
        .startsWith("HTTP/1.1 400").contains("\"field\":\"content\"");
    tasks.complete(assess.getId(), ProcessSteps.vars(RequirementVariables.FEASIBLE, false,
        RequirementVariables.REJECTION_REASON, "Covered by REQ-2026-000001"));
    assertThat(as("requester").get("/api/requirements/" + number).json().get("attachments"))
        .as("documents outlive their task").extracting(a -> a.get("name").asText())
        .containsExactly("spec.pdf", "minutes.txt");
    steps.runJobs(instance);
    HttpResponse<String> late = send("requester", "/api/requirements/" + number + "/attachments?name=late.txt",
        "text/plain", "After the rejection");
    assertThat(late.statusCode()).as("a closed requirement takes no more documents").isEqualTo(409);
    assertThat(JSON.readTree(late.body()).get("message").asText()).contains(number, "closed");
    assertThat(send("service-desk", "/api/requirements/" + number + "/attachments?name=x.txt", "text/plain", "x")
        .statusCode()).isEqualTo(404);
  }

  // --- helpers --------------------------------------------------------------------------------

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }

  private String raise(String title) {
    return as("requester").post("/api/requirements", """
        {"title": "%s", "content": "Details", "expectedDate": "%s"}""".formatted(title, inDays(30)))
        .json().get("requirementNumber").asText();
  }

  /** Screens, assesses, confirms and designs the requirement, so that it waits for the dev lead's plan. */
  private String plannedBy(String number) {
    String instance = instanceOf(number);
    new RequirementSteps(engine).assessAndDesign(new RequirementSteps.Requirement(instance, number));
    return instance;
  }

  /** The requirements administrator confirms the proposed priority: the project managers assess it next. */
  private String screened(String number) {
    new RequirementSteps(engine).screen(new RequirementSteps.Requirement(instanceOf(number), number));
    return number;
  }

  private String instanceOf(String number) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
        .getId();
  }

  /** A plan of one task, submitted as Tasklist submits a dynamic list: a Json variable. */
  private static String devTasks(String name, String developer, String tester) {
    String plan = "[{\\\"name\\\": \\\"%s\\\", \\\"developer\\\": \\\"%s\\\", \\\"tester\\\": \\\"%s\\\", "
        .formatted(name, developer, tester) + "\\\"start\\\": \\\"2026-03-02\\\", \\\"end\\\": \\\"" + inDays(40) + "\\\"}]";
    return "{\"variables\": {\"devTasks\": {\"value\": \"" + plan + "\", \"type\": \"Json\"}}}";
  }

  private static final String BOUNDARY = "----opsflow-attachment";

  /** The multipart form of Camunda's attachment API: name, type, description and the content. */
  private static String multipart(String name, String type, String content) {
    StringBuilder body = new StringBuilder();
    for (String[] part : new String[][] {{"attachment-name", name}, {"attachment-type", type},
        {"attachment-description", "Attached over REST"}}) {
      body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(part[0])
          .append("\"\r\n\r\n").append(part[1]).append("\r\n");
    }
    return body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"content\"; filename=\"")
        .append(name).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n").append(content).append("\r\n--")
        .append(BOUNDARY).append("--\r\n").toString();
  }

  /** POSTs a body of the given type (null: the multipart form above) as the user. */
  private HttpResponse<String> send(String user, String path, String type, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", type != null ? type : "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends only the headers of a POST that declares a body of that length; answers what came back. */
  private String declareOnly(String user, String path, long length) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
          + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      // the answer comes at once; the connection may stay open (the server waits for the body)
      StringBuilder answer = new StringBuilder();
      java.io.InputStream in = socket.getInputStream();
      for (int b; (b = in.read()) != -1; ) {
        answer.append((char) b);
        int headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd > 0 && answer.indexOf("}", headEnd) > 0) {
          break;
        }
      }
      return answer.toString();
    }
  }

}
