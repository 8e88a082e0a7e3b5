package io.opsflow.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentSteps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A queue row says which ticket it is and how urgent: the service desk's queue, asked as Tasklist
 * asks it, carries each task's ticket number, summary and priority, and puts a P1 before a P4.
 */
class TaskCardsTest extends OpsFlowTestBase {

  @Autowired
  FilterService filters;

  private IncidentSteps incidents;
  private String p1;
  private String p4;

  @BeforeEach
  void openAP4AndThenAP1() {
    incidents = new IncidentSteps(engine);
    Http requester = new Http(port).as("requester", "demo");
    p4 = open(requester, "Stapler jammed on floor 2 (cards)", "medium", "low");
    p1 = open(requester, "Core switch down in the data centre (cards)", "high", "high");
  }

  @Test
  void eachTaskCarriesItsTicketsPriority() {
    assertThat(deskTask(p1).getPriority()).isEqualTo(100);
    assertThat(deskTask(p4).getPriority()).isEqualTo(25);
  }

  @Test
  void theServiceDeskQueueShowsTicketSummaryAndPriorityWithTheP1First() {
    String queue = filters.createTaskFilterQuery().filterName(Roles.byGroup(Roles.SERVICE_DESK).orElseThrow().queue())
        .singleResult().getId();

    JsonNode list = new Http(port).as("service-desk", "demo")
        .header("Accept", "application/hal+json, application/json; q=0.5")
        .post("/engine-rest/filter/" + queue + "/list?firstResult=0&maxResults=1000",
            "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}")
        .json();

    List<String> order = new ArrayList<>();
    Map<String, Map<String, String>> cards = new HashMap<>();
    for (JsonNode task : list.path("_embedded").path("task")) {
      Map<String, String> card = new HashMap<>();
      task.path("_embedded").path("variable").forEach(v -> card.put(v.get("name").asText(), v.path("value").asText()));
      String number = card.get(TaskCards.CARD_NUMBER);
      order.add(number);
      cards.put(number, card);
    }
    assertThat(cards.get(p1)).containsEntry(TaskCards.CARD_SUMMARY, "Core switch down in the data centre (cards)")
        .containsEntry(TaskCards.CARD_PRIORITY, "P1");
    assertThat(cards.get(p4)).containsEntry(TaskCards.CARD_SUMMARY, "Stapler jammed on floor 2 (cards)")
        .containsEntry(TaskCards.CARD_PRIORITY, "P4");
    assertThat(order.indexOf(p1)).isLessThan(order.indexOf(p4));
  }

  @Test
  void aPersonSeesTheNumberOnTheQueueRow() {
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("Service desk queue");
      browser.click(org.openqa.selenium.By.linkText("Service desk queue"));

      browser.waitForText(p1);
      browser.screenshot("tasklist-cards");
      assertThat(browser.text()).contains(p1, "Core switch down in the data centre (cards)");
    }
  }

  private String open(Http requester, String summary, String impact, String urgency) {
    String number = requester.post("/api/incidents",
        "{\"summary\":\"" + summary + "\",\"impact\":\"" + impact + "\",\"urgency\":\"" + urgency + "\"}")
        .json().get("incidentNumber").asText();
    incidents.runJobs(number);
    return number;
  }

  private Task deskTask(String number) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number).taskCandidateGroup(Roles.SERVICE_DESK)
        .includeAssignedTasks().singleResult();
  }
}
