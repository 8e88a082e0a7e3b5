package io.opsflow.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A drill walked through Tasklist as people do it: requested on the start form by a DR
 * coordinator, drafted with its window in the date and time fields, approved by the process
 * owner, and one system's failover recorded by an operations engineer.
 */
@OpsFlowTest
class DrillTasklistBrowserTest {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  DrPlans plans;
  @Autowired
  RecoveryRecords records;
  @Autowired
  Cmdb cmdb;

  DrPlans.Plan plan;

  @AfterEach
  void retire() {
    ClockUtil.reset();
    if (plan != null) {
      plans.retire(plan.current().id());
    }
  }

  @Test
  void aDrillIsRequestedDraftedApprovedAndFailedOverInTasklist() {
    plan = new ContinuityFixtures(cmdb, plans).plan(60, 15, "P3M", "database");
    String db = plan.current().systems().get(0);
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2); // the headless browser's zone is UTC

    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "dr-coordinator", "demo");
      browser.waitForText("Start process");
      browser.driver().findElement(By.linkText("Start process")).click();
      browser.waitFor(By.linkText("Disaster recovery drill")).click();
      browser.waitFor(field("PlanId")).sendKeys(plan.current().id());
      browser.settle();
      browser.screenshot("drill-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
    }
    ProcessInstance drill = Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(DrillIds.PROCESS)
        .variableValueEquals("planId", plan.current().id()).singleResult());

    work("dr-coordinator", drill, DrillIds.DRAFT_PLAN, browser -> {
      browser.driver().findElement(field("Participants", "textarea")).sendKeys("Ms Li (DBA), ops-engineer");
      dateTime(browser, "PlannedWindowStart", day, "22:00");
      dateTime(browser, "PlannedWindowEnd", day.plusDays(1), "02:00");
    });
    assertThat(runtime.getVariable(drill.getId(), "plannedWindowStart")).isEqualTo(day + "T22:00+00:00");

    work("process-owner", drill, DrillIds.APPROVE_PLAN, browser -> browser.click(field("DrillApproved")));
    Jobs.runDue(management, drill.getId());
    Instant opens = day.atTime(22, 1).toInstant(ZoneOffset.UTC);
    ClockUtil.setCurrentTime(Date.from(opens));
    Job window = management.createJobQuery().processInstanceId(drill.getId()).activityId(DrillIds.WINDOW_OPENED)
        .singleResult();
    management.executeJob(window.getId());

    work("ops-engineer", drill, DrillIds.EXECUTE_FAILOVER, browser -> {
      dateTime(browser, "FailoverStartedAt", day, "22:10");
      dateTime(browser, "RecoveredAt", day, "22:55");
      browser.driver().findElement(field("DataLossMinutes")).sendKeys("4");
      browser.settle(); // the number field commits after a debounce that re-renders the form
      browser.click(field("Issues", "textarea"));
      browser.driver().findElement(field("Issues", "textarea")).sendKeys("DNS cache held the old address");
    });

    RecoveryRecords.SystemResult result = records.find(drill.getBusinessKey()).orElseThrow().systems().get(0);
    assertThat(result.systemId()).isEqualTo(db);
    assertThat(result.measuredRtoMinutes()).isEqualTo(45);
    assertThat(result.dataLossMinutes()).isEqualTo(4);
    assertThat(result.failoverStartedAt()).isEqualTo(day.atTime(22, 10).toInstant(ZoneOffset.UTC));
    assertThat(result.issues()).isEqualTo("DNS cache held the old address");
  }

  /** The user opens the task in Tasklist, claims it, fills the form and completes it. */
  private void work(String user, ProcessInstance drill, String taskKey, Consumer<Browser> fill) {
    Task task = tasks.createTaskQuery().processInstanceId(drill.getId()).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey + " waiting for " + user).isNotNull();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", user, "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//a[normalize-space()='Claim'] | //button[normalize-space()='Claim']")).click();
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      browser.settle(); // the form renders again once the task's variables are in
      fill.accept(browser);
      browser.settle();
      browser.screenshot("drill-" + user + "-" + taskKey);
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      try {
        Await.until(() -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
      } catch (AssertionError e) {
        browser.screenshot("drill-" + user + "-" + taskKey + "-not-completed");
        throw new AssertionError(user + " could not complete " + taskKey + ": " + browser.text(), e);
      }
    }
  }

  /** Types a date (mm/dd/yyyy) and a time (hh:mm) into a date-time field, as a person does. */
  private static void dateTime(Browser browser, String name, LocalDate date, String time) {
    type(browser, By.cssSelector("input[id$='-Field_" + name + "-date']"), DATE.format(date), Keys.ENTER);
    type(browser, By.cssSelector("input[id$='-Field_" + name + "-time']"), time, Keys.TAB);
  }

  /** Types into the field until it holds a value: the form may still re-render from its variables. */
  private static void type(Browser browser, By field, String text, Keys then) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement input = browser.driver().findElement(field);
      input.clear();
      input.sendKeys(text, then);
      browser.settle();
      String value = browser.driver().findElement(field).getAttribute("value");
      if (value != null && !value.isBlank()) {
        return;
      }
    }
    throw new AssertionError("the field " + field + " does not take " + text);
  }

  private static By field(String name) {
    return field(name, "input");
  }

  private static By field(String name, String element) {
    return By.cssSelector(element + "[id$='-Field_" + name + "']");
  }
}
