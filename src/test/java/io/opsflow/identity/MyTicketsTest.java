package io.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentSteps;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person follows what they raised and what they work on, on the "My tickets" page. */
class MyTicketsTest extends OpsFlowTestBase {

  private String number;
  private IncidentSteps incidents;

  @BeforeEach
  void aRequesterRaisesAnIncident() {
    incidents = new IncidentSteps(engine);
    number = new Http(port).as("requester", "demo").post("/api/incidents",
            "{\"summary\":\"Projector in room 4 shows no picture (my tickets)\",\"impact\":\"low\",\"urgency\":\"medium\"}")
        .json().get("incidentNumber").asText();
    incidents.runJobs(number);
  }

  @Test
  void theRequesterSeesTheTicketTheyRaisedWithItsStepAndWhoHoldsIt() {
    JsonNode ticket = ticketOf(new Http(port).as("requester", "demo"), number);

    assertThat(ticket).isNotNull();
    assertThat(ticket.get("process").asText()).isEqualTo("Incident management / 事件管理");
    assertThat(ticket.get("relation").asText()).isEqualTo("raised");
    assertThat(ticket.get("open").asBoolean()).isTrue();
    JsonNode step = ticket.get("currentSteps").get(0);
    assertThat(step.get("name").asText()).isEqualTo("Try first-contact resolution / 尝试首次解决");
    assertThat(step.get("groups")).extracting(JsonNode::asText).containsExactly(Roles.SERVICE_DESK);
    assertThat(step.get("due").isNull()).isFalse();
  }

  @Test
  void theTicketsMailLinksToMyTickets() {
    assertThat(MailServer.about(number)).isNotEmpty()
        .allSatisfy(mail -> assertThat(mail.body()).contains("Follow your tickets", "/my-tickets.html"));
  }

  @Test
  void whoeverTakesATaskOfTheTicketSeesItToo() {
    assertThat(ticketOf(new Http(port).as("support-l2", "demo"), number)).isNull();

    tasks.claim(incidents.task(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).getId(), "service-desk");

    JsonNode ticket = ticketOf(new Http(port).as("service-desk", "demo"), number);
    assertThat(ticket.get("relation").asText()).isEqualTo("works on");
    assertThat(ticket.get("currentSteps").get(0).get("assignee").asText()).isEqualTo("service-desk");
  }

  @Test
  void theTasklistLoginReadsMyTicketsButNoOtherPartOfTheApi() {
    Http browser = new Http(port);
    assertThat(browser.webappLogin("tasklist", "requester", "demo").status()).isEqualTo(200);

    assertThat(ticketOf(browser, number)).isNotNull();
    assertThat(browser.get("/api/incidents/" + number).status()).isEqualTo(401);
    assertThat(browser.get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(browser.send("POST", "/api/me/tickets", "{}").status()).isEqualTo(401);
  }

  @Test
  void whoeverStartedATicketLearnsItsNumberOthersDoNot() {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
        .getProcessInstanceId();

    Http.Response started = new Http(port).as("requester", "demo").get("/api/me/tickets/started/" + instance);
    assertThat(started.status()).isEqualTo(200);
    assertThat(started.json().get("number").asText()).isEqualTo(number);
    assertThat(new Http(port).as("support-l2", "demo").get("/api/me/tickets/started/" + instance).status())
        .isEqualTo(404);
    assertThat(new Http(port).as("requester", "demo").get("/api/me/tickets/started/no-such-instance").status())
        .isEqualTo(404);
  }

  @Test
  void theTicketsHistoryListsTheStepsDoneForThoseWhoseTicketItIs() {
    tasks.claim(incidents.task(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).getId(), "service-desk");
    tasks.complete(incidents.task(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).getId(),
        java.util.Map.of(io.opsflow.incident.IncidentVariables.RESOLVED_AT_FIRST_CONTACT.name(), false));
    incidents.runJobs(number);

    Http.Response history = new Http(port).as("requester", "demo").get("/api/me/tickets/" + number + "/history");
    assertThat(history.status()).isEqualTo(200);
    assertThat(history.json()).hasSize(1);
    assertThat(history.json().get(0).get("name").asText()).startsWith("Try first-contact resolution");
    assertThat(history.json().get(0).get("by").asText()).isEqualTo("service-desk");
    assertThat(new Http(port).as("service-desk", "demo").get("/api/me/tickets/" + number + "/history").status())
        .as("who worked on it").isEqualTo(200);
    assertThat(new Http(port).as("support-l2", "demo").get("/api/me/tickets/" + number + "/history").status())
        .as("neither raised nor worked on it").isEqualTo(404);
  }

  @Test
  void aPersonOpensMyTicketsFromTasklistsHeader() {
    try (Browser browser = Browser.open(port)) {
      browser.go("/my-tickets.html");
      browser.waitForText("Log into Tasklist first");

      browser.logIntoWebapp("tasklist", "requester", "demo");
      browser.waitForText("My tasks");
      browser.click(org.openqa.selenium.By.linkText("My tickets"));
      browser.waitForText(number);
      browser.screenshot("my-tickets");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/my-tickets.html");
      assertThat(browser.text()).contains("My tickets", "Projector in room 4", "Incident management", "raised it",
          "Try first-contact resolution", "service-desk");

      browser.click(org.openqa.selenium.By.xpath("//tr[td[normalize-space()='" + number + "']]//summary"));
      browser.waitForText("No step done yet.");
    }
  }

  @Test
  void aChineseReaderSeesThePageInChinese() {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      browser.waitForText("我的工单");
      browser.click(org.openqa.selenium.By.linkText("我的工单"));

      browser.waitForText(number);
      browser.screenshot("my-tickets-zh");
      assertThat(browser.text()).contains("我的工单", "工单号", "当前步骤", "处理中", "提交人");
    }
  }

  private static JsonNode ticketOf(Http user, String number) {
    Http.Response answer = user.get("/api/me/tickets");
    assertThat(answer.status()).isEqualTo(200);
    return StreamSupport.stream(answer.json().spliterator(), false)
        .filter(t -> t.get("number").asText().equals(number)).findFirst().orElse(null);
  }
}
