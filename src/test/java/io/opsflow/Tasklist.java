package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** What people do in Camunda Tasklist, for the browser walks: open a task, claim it, fill its form, complete it. */
public final class Tasklist {

  private Tasklist() {
  }

  /**
   * The user logs into Tasklist, opens the instance's task at that key, claims it, fills the form and
   * completes it, the instance's due jobs run before and after (as the job executor would); fails with
   * what the page shows (and a screenshot) when the task stays open.
   */
  public static void work(int port, ProcessEngine engine, String user, String processInstanceId, String taskKey,
      Consumer<Browser> fill) {
    TaskService tasks = engine.getTaskService();
    Jobs.runDue(engine.getManagementService(), processInstanceId);
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " waiting for " + user).isNotNull();
    String screenshot = taskKey + "-" + user;
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", user, "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']")).click();
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      fill.accept(browser);
      browser.settle(); // the form takes typed text after a short debounce
      browser.screenshot(screenshot);
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      try {
        Await.until(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
      } catch (AssertionError e) {
        browser.screenshot(screenshot + "-not-completed");
        throw new AssertionError(user + " could not complete " + taskKey + ": " + browser.text(), e);
      }
    }
    Jobs.runDue(engine.getManagementService(), processInstanceId);
  }

  /** The input of a Camunda Forms field by its id ({@code Field_Summary}: "Summary"). */
  public static By field(String name) {
    return field(name, "input");
  }

  public static By field(String name, String element) {
    return By.cssSelector(element + "[id$='-Field_" + name + "']");
  }

  /** Types into a field and lets the form take it in before anything else happens on the form. */
  public static void type(Browser browser, By field, String text) {
    browser.waitFor(field).sendKeys(text);
    browser.settle();
  }

  public static void tick(Browser browser, String name) {
    browser.click(field(name));
  }

  /** Picks a select's option the way a mouse does (the list opens and picks on mouse-down). */
  public static void choose(Browser browser, String name, String optionStart) {
    Actions mouse = new Actions(browser.driver());
    mouse.click(browser.waitFor(By.cssSelector("[id$='-Field_" + name + "-display']"))).perform();
    mouse.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(),'"
        + optionStart + "')]"))).perform();
  }
}
