package io.opsflow.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service requests and the catalogue over HTTP, as people and other systems use them: raised through
 * OpsFlow's API and Camunda's REST (bad input answered with 400 naming the field, nothing numbered),
 * read by those who take part in them only, the catalogue read by everyone and changed by the service
 * desk leads, a retired item's open request running to its end, and the request on "My tickets".
 */
class ServiceRequestApiTest extends OpsFlowTestBase {

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void aRequesterRaisesARequestWhichItsApproverAndFulfillersReadButNotOthers() {
    Http.Response raised = as("requester").post("/api/service-requests", """
        {"catalogueItem": "account-new", "summary": "CRM account for a new colleague", "urgency": "high",
         "targetSystem": "crm", "justification": "Starts Monday", "lineManager": "project-manager"}""");

    assertThat(raised.status()).isEqualTo(201);
    String number = raised.json().get("requestNumber").asText();
    assertThat(number).matches("SRQ-\\d{4}-\\d{6}");
    assertThat(raised.header("Location")).isEqualTo("/api/service-requests/" + number);
    JsonNode ticket = as("requester").get("/api/service-requests/" + number).json();
    assertThat(ticket.get("requester").asText()).isEqualTo("requester");
    assertThat(ticket.get("priority").asText()).as("urgent account request").isEqualTo("P2");
    assertThat(ticket.get("approvalPath").asText()).isEqualTo("manager");
    assertThat(as("project-manager").get("/api/service-requests/" + number).status()).as("the approver").isEqualTo(200);
    assertThat(as("service-desk-lead").get("/api/service-requests/" + number).status()).isEqualTo(200);
    assertThat(as("support-l3").get("/api/service-requests/" + number).status()).isEqualTo(404);
    assertThat(as("release-manager").get("/api/service-requests/" + number).status()).isEqualTo(404);
  }

  @Test
  void badInputIsRefusedWith400NamingTheFieldOnEveryDoorAndNothingIsNumbered() {
    long before = count();
    assertField(as("requester").post("/api/service-requests", "{\"summary\": \"x\"}"), "catalogueItem");
    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"no-such-item\", \"summary\": \"x\"}"), "catalogueItem");
    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"software-install\", \"summary\": \"x\"}"), "softwareName");
    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"software-install\", \"summary\": \"x\", \"softwareName\": \"y\", \"affectedCi\": \"no-such-ci\"}"),
        "affectedCi");
    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"software-install\", \"summary\": \"x\", \"softwareName\": \"y\", \"urgency\": \"asap\"}"),
        "urgency");
    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"software-install\", \"summary\": \"x\", \"softwareName\": \"y\", \"requester\": \"nobody-here\"}"),
        "requester");
    assertField(as("requester").post("/engine-rest/process-definition/key/ServiceRequest/start",
        "{\"variables\": {\"catalogueItem\": {\"value\": \"access-application\"}, \"summary\": {\"value\": \"x\"}, "
            + "\"targetSystem\": {\"value\": \"crm\"}, \"accessLevel\": {\"value\": \"root\"}, "
            + "\"justification\": {\"value\": \"y\"}}}"), "accessLevel");
    assertThat(as("support-l3").post("/api/service-requests",
        "{\"catalogueItem\": \"software-install\", \"summary\": \"x\", \"softwareName\": \"y\"}").status())
        .as("support-l3 raises no service requests").isEqualTo(403);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void everyoneReadsTheCatalogueAndOnlyTheServiceDeskLeadsChangeIt() {
    JsonNode items = as("support-l3").get("/api/catalogue").json();
    assertThat(items.size()).isGreaterThanOrEqualTo(13);
    assertThat(StreamSupport.stream(items.spliterator(), false).map(i -> i.get("category").asText()).distinct())
        .contains("accounts", "access", "hardware", "software", "network", "data");
    String id = "test-item-" + UUID.randomUUID().toString().substring(0, 8);
    String item = item(id, "none", "software-install-checklist");

    assertThat(as("requester").post("/api/catalogue", item).status()).isEqualTo(403);
    assertThat(as("service-desk-lead").post("/api/catalogue", item).status()).isEqualTo(201);
    assertField(as("ops-admin").post("/api/catalogue", item(id + "-x", "sometimes", "x")), "approval");
    assertThat(as("ops-admin").put("/api/catalogue/" + id, item(id, "owner", "Check the licence")).json()
        .get("approval").asText()).isEqualTo("owner");
    assertThat(as("requester").send("DELETE", "/api/catalogue/" + id, null).status()).isEqualTo(403);
    assertThat(as("service-desk-lead").send("DELETE", "/api/catalogue/" + id, null).status()).isEqualTo(204);
    assertThat(as("requester").get("/api/catalogue").body()).doesNotContain(id);
    assertThat(as("requester").get("/api/catalogue/" + id).json().get("active").asBoolean()).isFalse();
  }

  @Test
  void aRetiredItemsOpenRequestRunsToItsEndButTakesNoNewOnes() {
    String id = "test-item-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(as("service-desk-lead").post("/api/catalogue", item(id, "none", "Do it")).status()).isEqualTo(201);
    String number = as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"" + id + "\", \"summary\": \"Before the retirement\", \"softwareName\": \"Editor\"}")
        .json().get("requestNumber").asText();
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    steps.runJobs(pid);

    assertThat(as("service-desk-lead").send("DELETE", "/api/catalogue/" + id, null).status()).isEqualTo(204);

    assertField(as("requester").post("/api/service-requests",
        "{\"catalogueItem\": \"" + id + "\", \"summary\": \"After\", \"softwareName\": \"Editor\"}"), "catalogueItem");
    steps.complete(pid, ServiceRequestIds.FULFIL, ServiceRequestVariables.FULFILMENT_NOTES, "Installed");
    steps.complete(pid, ServiceRequestIds.CONFIRM, ServiceRequestVariables.FULFILLED, true,
        ServiceRequestVariables.SATISFACTION, 5);
    assertThat(as("requester").get("/api/service-requests/" + number).json().get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void aRequestTheServiceDeskRaisesForSomeoneIsOnTheirMyTickets() {
    String number = as("service-desk").post("/api/service-requests",
        "{\"catalogueItem\": \"account-password-reset\", \"summary\": \"Reset for a caller (my tickets)\", "
            + "\"targetSystem\": \"mail\", \"requester\": \"tester\"}").json().get("requestNumber").asText();

    JsonNode mine = as("tester").get("/api/me/tickets").json();
    JsonNode ticket = StreamSupport.stream(mine.spliterator(), false)
        .filter(t -> t.get("number").asText().equals(number)).findFirst().orElseThrow();
    assertThat(ticket.get("process").asText()).isEqualTo("Service request / 服务请求");
    assertThat(ticket.get("relation").asText()).isEqualTo("raised");
    assertThat(as("tester").get("/api/service-requests/" + number).status()).as("the requester reads it").isEqualTo(200);
    assertThat(as("service-desk").get("/api/service-requests/" + number).json().get("fulfilmentGroup").asText())
        .isEqualTo(Roles.SERVICE_DESK);
  }

  @Test
  void theStartFormOffersTheActiveCatalogueItemsByTheirNames() throws Exception {
    String id = "test-item-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(as("ops-admin").post("/api/catalogue", item(id, "none", "Do it")).status()).isEqualTo(201);
    assertThat(as("ops-admin").send("DELETE", "/api/catalogue/" + id, null).status()).isEqualTo(204);

    Http.Response form = as("requester").get("/engine-rest/process-definition/key/ServiceRequest/deployed-start-form");

    assertThat(form.status()).isEqualTo(200);
    JsonNode choice = StreamSupport.stream(form.json().path("components").spliterator(), false)
        .filter(c -> c.path("key").asText().equals("catalogueItem")).findFirst().orElseThrow();
    assertThat(choice.has("valuesKey")).isFalse();
    assertThat(choice.path("values").findValuesAsText("value")).contains("account-new", "data-restore")
        .doesNotContain(id);
    assertThat(choice.path("values").findValuesAsText("label")).contains("New laptop / 新笔记本电脑");
  }

  private static String item(String id, String approval, String checklist) {
    return """
        {"id": "%s", "nameEn": "Test editor", "nameZh": "测试编辑器", "description": "An editor / 编辑器",
         "category": "software", "ownerGroup": "support-l2-application", "fulfillingGroup": "support-l2-desktop",
         "fields": ["softwareName"], "approval": "%s", "cost": 0, "accessLevel": "none",
         "checklist": ["%s"], "standardChange": false, "active": true}""".formatted(id, approval, checklist);
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM opsflow_service_request").query(Long.class).single();
  }

  private static void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("field").asText()).isEqualTo(field);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
