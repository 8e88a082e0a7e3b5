package io.opsflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A standard change walked through Tasklist: the requester fills the RFC start form, the
 * implementer records what was done and one configuration change ("item: attribute = value"), the change
 * manager verifies; the CMDB then holds the item's new baseline.
 */
@OpsFlowTest
class ChangeWalkBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  ChangeRecords records;
  @Autowired
  Cmdb cmdb;

  @Test
  void aStandardChangeGoesFromTheRfcFormThroughImplementationToANewBaseline() {
    String printer = "walk-printer-" + UUID.randomUUID().toString().substring(0, 8);
    cmdb.create(printer, new Cmdb.Fields("Print server", "server", null, "low", "production", "{\"os\":\"Debian 11\"}"),
        new Cmdb.Author("test", null));
    String summary = "Upgrade the print server " + printer;
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      browser.waitForText("Start process");
      browser.driver().findElement(By.linkText("Start process")).click();
      browser.waitFor(By.linkText("Change management")).click();
      type(browser, field("Summary"), summary);
      type(browser, field("AffectedCis"), printer);
      type(browser, field("BackoutPlan", "textarea"), "Reinstall Debian 11 from the image");
      browser.click(field("Tested"));
      choose(browser, "ChangeType", "Standard");
      browser.settle();
      browser.screenshot("change-rfc-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      awaitInstance(summary);
    }
    ProcessInstance change = awaitInstance(summary);
    String number = change.getBusinessKey();
    assertThat(records.find(number).orElseThrow().approvalPath()).isEqualTo("pre-approved");

    work("change-implementer", change, ChangeIds.IMPLEMENT, browser -> {
      type(browser, field("ImplementationNotes", "textarea"), "Upgraded in place, rebooted");
      type(browser, field("CiChanges", "textarea"), printer + ": os = Debian 12");
    });
    work("change-manager", change, ChangeIds.VERIFY, browser -> browser.click(field("Verified")));

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("CLOSED");
    Cmdb.Item item = cmdb.find(printer).orElseThrow();
    assertThat(item.baselineVersion()).isEqualTo(2);
    assertThat(item.attributes()).isEqualTo("{\"os\":\"Debian 12\"}");
  }

  /** The user opens the task in Tasklist, claims it, fills the form and completes it. */
  private void work(String user, ProcessInstance change, String taskKey, Consumer<Browser> fill) {
    Jobs.runDue(management, change.getId());
    Task task = tasks.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " waiting for " + user).isNotNull();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", user, "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']")).click();
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      fill.accept(browser);
      browser.settle();
      browser.screenshot("change-" + user + "-" + taskKey);
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      try {
        Await.until(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
      } catch (AssertionError e) {
        browser.screenshot("change-" + user + "-" + taskKey + "-not-completed");
        throw new AssertionError(user + " could not complete " + taskKey + ": " + browser.text(), e);
      }
    }
    Jobs.runDue(management, change.getId());
  }

  /** Types into a field and lets the form take it in (a form field commits typed text after a short debounce). */
  private static void type(Browser browser, By field, String text) {
    browser.waitFor(field).sendKeys(text);
    browser.settle();
  }

  /** Picks the option of a form's select the way a mouse does (the list opens and picks on mouse-down). */
  private static void choose(Browser browser, String name, String optionStart) {
    Actions mouse = new Actions(browser.driver());
    mouse.click(browser.waitFor(By.cssSelector("[id$='-Field_" + name + "-display']"))).perform();
    mouse.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(),'"
        + optionStart + "')]"))).perform();
  }

  private static By field(String name) {
    return field(name, "input");
  }

  private static By field(String name, String element) {
    return By.cssSelector(element + "[id$='-Field_" + name + "']");
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ChangeIds.PROCESS)
        .variableValueEquals("summary", summary).singleResult());
  }
}
