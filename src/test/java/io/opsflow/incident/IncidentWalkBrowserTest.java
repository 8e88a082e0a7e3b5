package io.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One incident walked through Tasklist as people do it: reported on the start form, passed on
 * by the service desk, escalated by L1 and L2, resolved by L3 with a temporary patch, confirmed
 * with the reporter. Each step is done by that role's user in the browser.
 */
@OpsFlowTest
class IncidentWalkBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IncidentRecords records;
  @Autowired
  org.camunda.bpm.engine.HistoryService history;

  @Test
  void anIncidentGoesFromTheStartFormThroughL1L2L3ToTheReportersConfirmation() {
    String summary = "Walk-through " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      browser.waitForText("Start process");
      browser.driver().findElement(By.linkText("Start process")).click();
      browser.waitFor(By.linkText("Incident management")).click();
      browser.waitFor(field("Summary")).sendKeys(summary);
      browser.driver().findElement(field("Description", "textarea")).sendKeys("Nothing loads since 9:00");
      browser.settle();
      browser.screenshot("incident-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      awaitInstance(summary);
    }
    ProcessInstance incident = awaitInstance(summary);

    work("service-desk", incident, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, browser -> { });
    work("support-l1", incident, IncidentIds.RESOLVE_AT_TIER, browser -> tick(browser, "Escalate"));
    work("support-l2", incident, IncidentIds.RESOLVE_AT_TIER, browser -> {
      tick(browser, "VendorInvolved");
      browser.driver().findElement(field("VendorReference")).sendKeys("ACME-4711");
      browser.settle();
      tick(browser, "Escalate");
    });
    work("support-l3", incident, IncidentIds.RESOLVE_AT_TIER, browser -> {
      tick(browser, "TemporaryPatch");
      browser.driver().findElement(field("ResolutionNotes", "textarea")).sendKeys("Hotfix 2.3.1-p1 deployed");
    });
    work("service-desk", incident, IncidentIds.CONFIRM_RESOLUTION, browser -> {
      tick(browser, "Confirmed");
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
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName("vendorReference").singleResult().getValue()).isEqualTo("ACME-4711");
    assertThat(records.phases(number)).containsSubsequence("TIER_ENTERED:support-l1", "TIER_ENTERED:support-l2",
        "TIER_ENTERED:support-l3", "RESOLVED:support-l3", "CLOSED");
  }

  /** The user opens the task in Tasklist, claims it, fills the form and completes it. */
  private void work(String user, ProcessInstance incident, String taskKey, Consumer<Browser> fill) {
    Jobs.runDue(management, incident.getId());
    Task task = tasks.createTaskQuery().processInstanceId(incident.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " waiting for " + user).isNotNull();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", user, "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']")).click();
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      fill.accept(browser);
      browser.settle(); // the form takes typed text after a short debounce
      browser.screenshot("incident-" + user + "-" + taskKey);
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      try {
        awaitGone(task.getId());
      } catch (AssertionError e) {
        browser.screenshot("incident-" + user + "-" + taskKey + "-not-completed");
        throw new AssertionError(user + " could not complete " + taskKey + ": " + browser.text(), e);
      }
    }
    Jobs.runDue(management, incident.getId());
  }

  private static By field(String name) {
    return field(name, "input");
  }

  private static By field(String name, String element) {
    return By.cssSelector(element + "[id$='-Field_" + name + "']");
  }

  private static void tick(Browser browser, String name) {
    browser.click(field(name));
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS)
        .variableValueEquals("summary", summary).singleResult());
  }

  private void awaitGone(String taskId) {
    Await.until(() -> tasks.createTaskQuery().taskId(taskId).count() == 0);
  }
}
