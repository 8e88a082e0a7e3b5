package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What people do in Camunda Tasklist, for the browser walks: open a task, claim it, fill its form,
 * complete it. Camunda Forms re-render once a task's variables have loaded and commit typed text
 * after a short debounce, so every input here waits for the form to take it.
 */
public final class Tasklist {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private Tasklist() {
  }

  /**
   * The user logs into Tasklist, opens the instance's task at that key (the one assigned to the
   * user, else the one offered to them), claims it where it is offered, fills the form and completes
   * it; the instance's due jobs run before and after, as the job executor would. Fails with what the
   * page shows (and a screenshot) when the task stays open.
   */
  public static void work(int port, ProcessEngine engine, String user, String processInstanceId, String taskKey,
      Consumer<Browser> fill) {
    work(port, "en-US", engine, user, processInstanceId, taskKey, fill);
  }

  /** The same in a browser whose person prefers the language ({@code zh-CN}): Tasklist's own buttons in it. */
  public static void work(int port, String language, ProcessEngine engine, String user, String processInstanceId,
      String taskKey, Consumer<Browser> fill) {
    boolean zh = language.startsWith("zh");
    String claim = zh ? "认领" : "Claim";
    String complete = zh ? "完成" : "Complete";
    TaskService tasks = engine.getTaskService();
    Jobs.runDue(engine.getManagementService(), processInstanceId);
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .taskAssignee(user).singleResult();
    if (task == null) {
      task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
          .taskCandidateUser(user).singleResult();
    }
    assertThat(task).as(taskKey + " waiting for " + user).isNotNull();
    String id = task.getId();
    String screenshot = taskKey + "-" + user;
    try (Browser browser = Browser.open(port, language)) {
      browser.logIntoWebapp("tasklist", user, "demo");
      browser.waitForText(zh ? "我的任务" : "My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + id);
      if (task.getAssignee() == null) {
        browser.waitFor(By.xpath("//a[normalize-space()='" + claim + "'] | //button[normalize-space()='" + claim + "']")).click();
      }
      browser.waitFor(By.xpath("//button[normalize-space()='" + complete + "']"));
      browser.settle(); // the form renders again once the task's variables are in
      fill.accept(browser);
      browser.settle();
      browser.screenshot(screenshot);
      browser.click(By.xpath("//button[normalize-space()='" + complete + "']"));
      try {
        Await.until(() -> tasks.createTaskQuery().taskId(id).count() == 0);
      } catch (AssertionError e) {
        browser.screenshot(screenshot + "-not-completed");
        throw new AssertionError(user + " could not complete " + taskKey + ": " + browser.text(), e);
      }
    }
    Jobs.runDue(engine.getManagementService(), processInstanceId);
  }

  /**
   * Opens a process's start form from Tasklist's "Start process" dialog, once logged in, and waits
   * for the form's first field. The dialog lists the processes while it is still loading them; a
   * click it swallowed then is made again, as a person would.
   */
  public static void openStartForm(Browser browser, String processName, By firstField) {
    openStartForm(browser, "Start process", processName, firstField);
  }

  /** The same where Tasklist's "Start process" reads otherwise ("启动流程" in Chinese). */
  public static void openStartForm(Browser browser, String startProcess, String processName, By firstField) {
    browser.waitForText(startProcess);
    browser.driver().findElement(By.linkText(startProcess)).click();
    By process = By.linkText(processName);
    browser.waitFor(process).click();
    for (int round = 0; round < 3; round++) {
      try {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(firstField));
        return;
      } catch (TimeoutException e) {
        browser.driver().findElements(process).stream().filter(WebElement::isDisplayed).findFirst()
            .ifPresent(WebElement::click);
      }
    }
    browser.waitFor(firstField); // fails with what the page shows
  }

  /** The input of a Camunda Forms field by its id ({@code Field_Summary}: "Summary"). */
  public static By field(String name) {
    return field(name, "input");
  }

  public static By field(String name, String element) {
    return By.cssSelector(element + "[id$='-Field_" + name + "']");
  }

  /** Types into the field until it holds the text: the form may still re-render from its variables. */
  public static void type(Browser browser, By field, String text) {
    type(browser, field, text, null);
  }

  /** Types, then presses the key ({@code TAB} leaves the field, {@code ENTER} closes a date picker). */
  public static void type(Browser browser, By field, String text, Keys then) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = browser.waitFor(field);
      ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
      input.clear();
      if (then == null) {
        input.sendKeys(text);
      } else {
        input.sendKeys(text, then);
      }
      browser.settle();
      String value = browser.driver().findElement(field).getAttribute("value");
      if (value != null && !value.isBlank()) {
        return;
      }
    }
    throw new AssertionError("the field " + field + " does not take " + text);
  }

  public static void tick(Browser browser, String name) {
    browser.click(field(name));
  }

  /** Picks the option of a radio group (a decision) whose label starts with the text. */
  public static void pick(Browser browser, String name, String optionStart) {
    browser.waitFor(By.cssSelector("input[type=radio][id*='-Field_" + name + "']"));
    Object picked = ((JavascriptExecutor) browser.driver()).executeScript("""
        for (const input of document.querySelectorAll("input[type=radio][id*='-Field_" + arguments[0] + "']")) {
          const label = input.closest('label') || document.querySelector("label[for='" + input.id + "']");
          if (label && label.textContent.trim().startsWith(arguments[1])) {
            input.scrollIntoView({block: 'center'});
            input.click();
            return true;
          }
        }
        return false;""", name, optionStart);
    if (!Boolean.TRUE.equals(picked)) {
      throw new AssertionError("no option of " + name + " starts with " + optionStart);
    }
    browser.settle();
  }

  /** Picks a select's option the way a mouse does (the list opens and picks on mouse-down). */
  public static void choose(Browser browser, String name, String optionStart) {
    Actions mouse = new Actions(browser.driver());
    mouse.click(browser.waitFor(By.cssSelector("[id$='-Field_" + name + "-display']"))).perform();
    mouse.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(),'"
        + optionStart + "')]"))).perform();
  }

  /**
   * Searches a searchable select or a tag list as a person does: types the text, then picks with the
   * mouse the offered option that contains it (a configuration item's id, a user id).
   */
  public static void search(Browser browser, String name, String text) {
    search(browser, name, text, text);
  }

  /**
   * Types into a searchable select (or a taglist; a row's field is {@code TaskDeveloper_0}) and picks
   * the first option whose label holds the text.
   */
  public static void search(Browser browser, String name, String text, String option) {
    By input = By.cssSelector("input[id$='-Field_" + name + "'], input.fjs-taglist-input[id*='-Field_" + name + "']");
    WebElement field = browser.waitFor(input);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    field.click();
    field.sendKeys(text);
    Actions mouse = new Actions(browser.driver());
    mouse.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(),'"
        + option + "')]"))).perform();
    browser.settle();
  }

  /** Picks a person from a select of people ("Full Name (user id)") by their user id. */
  public static void person(Browser browser, String name, String userId) {
    Actions mouse = new Actions(browser.driver());
    WebElement display = browser.waitFor(By.cssSelector("[id$='-Field_" + name + "-display']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", display);
    mouse.click(display).perform();
    mouse.click(browser.waitFor(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and contains(normalize-space(),'("
        + userId + ")')]"))).perform();
    browser.settle();
  }

  /** Types a day into a date field as a person does (mm/dd/yyyy), leaving the field with TAB. */
  public static void date(Browser browser, String name, LocalDate day) {
    date(browser, By.cssSelector("input[id*='Field_" + name + "']"), day);
  }

  /** Types a day into the date field found (a row's, say) as a person does (mm/dd/yyyy), leaving it with TAB. */
  public static void date(Browser browser, By field, LocalDate day) {
    type(browser, field, DATE.format(day), Keys.TAB);
  }

  /** Types a date (mm/dd/yyyy) and a time (hh:mm) into a date-time field, as a person does. */
  public static void dateTime(Browser browser, String name, LocalDate day, String time) {
    type(browser, By.cssSelector("input[id$='-Field_" + name + "-date']"), DATE.format(day), Keys.ENTER);
    type(browser, By.cssSelector("input[id$='-Field_" + name + "-time']"), time, Keys.TAB);
  }
}
