package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.pick;
import static io.opsflow.Tasklist.tick;
import static io.opsflow.Tasklist.type;
import static io.opsflow.Tasklist.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One incident walked through Tasklist as people do it: reported on the start form, passed on
 * by the service desk, escalated by L1 (whose notes L2 reads above its own, empty ones) and L2, resolved by L3 with a temporary patch, confirmed
 * with the reporter. Each step is done by that role's user in the browser.
 */
@OpsFlowTest
class IncidentWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  IncidentRecords records;
  @Autowired
  org.camunda.bpm.engine.HistoryService history;

  @Test
  void anIncidentGoesFromTheStartFormThroughL1L2L3ToTheReportersConfirmation() {
    String summary = "Walk-through " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "Incident management", field("Summary"));
      browser.waitFor(field("Summary")).sendKeys(summary);
      browser.driver().findElement(field("Description", "textarea")).sendKeys("Nothing loads since 9:00");
      browser.settle();
      browser.screenshot("incident-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      ProcessInstance started = awaitInstance(summary);
      io.opsflow.Jobs.runDue(engine.getManagementService(), started.getId()); // registers it: the number

      // the reporter learns the number at once, with the way to follow it
      String registered = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
      assertThat(registered).matches("INC-\\d{4}-\\d{6}")
          .isEqualTo(runtime.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult().getBusinessKey());
      assertThat(browser.driver().findElement(By.cssSelector(".opsflow-started a[href='/my-tickets.html']")).getText())
          .isEqualTo("My tickets");
      browser.screenshot("incident-started-number");
    }
    ProcessInstance incident = awaitInstance(summary);

    work(port, engine, "service-desk", incident.getId(), IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, browser -> {
      pick(browser, "ResolvedAtFirstContact", "No");
      type(browser, field("ResolutionNotes", "textarea"), "Portal blank for the reporter; no known error matches");
    });
    work(port, engine, "support-l1", incident.getId(), IncidentIds.RESOLVE_AT_TIER, browser -> {
      type(browser, field("ResolutionNotes", "textarea"), "Cleared the browser cache; still blank");
      pick(browser, "Escalate", "Escalate");
    });
    work(port, engine, "support-l2", incident.getId(), IncidentIds.RESOLVE_AT_TIER, browser -> {
      WebElement earlier = browser.waitFor(field("EarlierNotes", "textarea"));
      assertThat(earlier.getAttribute("value")).as("the service desk's and L1's notes, read-only")
          .startsWith("Service desk (").contains("): Portal blank for the reporter; no known error matches\n\nL1 (support-l1, ")
          .endsWith("): Cleared the browser cache; still blank");
      assertThat(earlier.isEnabled()).isFalse();
      assertThat(browser.driver().findElement(field("ResolutionNotes", "textarea")).getAttribute("value"))
          .as("L2's own notes start empty").isEmpty();
      type(browser, field("ResolutionNotes", "textarea"), "The vendor's API answers 500 since its update");
      tick(browser, "VendorInvolved");
      browser.driver().findElement(field("VendorReference")).sendKeys("ACME-4711");
      browser.settle();
      pick(browser, "Escalate", "Escalate");
    });
    work(port, engine, "support-l3", incident.getId(), IncidentIds.RESOLVE_AT_TIER, browser -> {
      tick(browser, "TemporaryPatch"); // L3 is the last tier: it resolves, no escalation is offered
      browser.driver().findElement(field("ResolutionNotes", "textarea")).sendKeys("Hotfix 2.3.1-p1 deployed");
      browser.driver().findElement(field("FaultCause", "textarea")).sendKeys("Rounding error in the totals query");
      browser.driver().findElement(field("PreventiveMeasures", "textarea")).sendKeys("Regression test for totals");
    });
    work(port, engine, "service-desk", incident.getId(), IncidentIds.CONFIRM_RESOLUTION, browser -> {
      pick(browser, "Confirmed", "Yes");
      browser.waitFor(field("Satisfaction")).sendKeys("5");
    });

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident.getId()).count()).isZero();
    String number = history.createHistoricProcessInstanceQuery().processInstanceId(incident.getId()).singleResult()
        .getBusinessKey();
    IncidentRecords.Incident ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.reporter()).as("whoever reported it on the start form").isEqualTo("requester");
    assertThat(ticket.tier()).isEqualTo(IncidentIds.L3);
    assertThat(ticket.satisfaction()).isEqualTo(5);
    assertThat(ticket.resolutionNotes()).isEqualTo("Hotfix 2.3.1-p1 deployed");
    assertThat(ticket.faultCause()).isEqualTo("Rounding error in the totals query");
    assertThat(ticket.preventiveMeasures()).isEqualTo("Regression test for totals");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName("vendorReference").singleResult().getValue()).isEqualTo("ACME-4711");
    assertThat(records.phases(number)).containsSubsequence("TIER_ENTERED:support-l1", "TIER_ENTERED:support-l2",
        "TIER_ENTERED:support-l3", "RESOLVED:support-l3", "CLOSED");
  }

  @Test
  void aDecisionHasNoDefaultAndCompletingWithoutOneIsStoppedAtTheField() {
    String number = new io.opsflow.Http(port).as("requester", "demo")
        .post("/api/incidents", "{\"summary\":\"Badge reader at gate 2 rejects badges (no default)\"}")
        .json().get("incidentNumber").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    io.opsflow.Jobs.runDue(engine.getManagementService(), instance);
    org.camunda.bpm.engine.task.Task task = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).singleResult();
    tasks.claim(task.getId(), "service-desk");
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      browser.settle();
      assertThat(browser.driver().findElements(By.cssSelector("input[type=radio][id*='-Field_ResolvedAtFirstContact']")))
          .as("Yes and No, neither chosen").hasSize(2).noneMatch(org.openqa.selenium.WebElement::isSelected);

      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      browser.settle();

      browser.screenshot("first-contact-no-decision");
      assertThat(browser.text()).contains("Field is required");
      assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
    }
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS)
        .variableValueEquals(IncidentVariables.SUMMARY.name(), summary).singleResult());
  }

}
