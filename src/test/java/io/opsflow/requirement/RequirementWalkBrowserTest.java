package io.opsflow.requirement;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.requirement.RequirementIds.*;
import static io.opsflow.requirement.RequirementSteps.ZONE;
import static io.opsflow.requirement.RequirementVariables.TITLE;
import static io.opsflow.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import io.opsflow.requirement.RequirementSteps.Requirement;
import io.opsflow.platform.process.TicketDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One requirement with two development tasks walked through Tasklist as its people do it: raised
 * on the start form, screened by the requirements administrator, assessed, scope confirmed,
 * technically designed, planned (two rows of the plan, people and dates picked), both
 * tasks reported at 100 % and tested, released by choosing both in a checklist, deployed to delivery test, accepted,
 * released to production (release management's own tasks are worked through the engine), fed
 * back, acceptance-tested by the requirements administrator, accepted, archived and evaluated. Each step is done by that role's user in the browser.
 */
@OpsFlowTest
class RequirementWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  RequirementRecords records;
  @Autowired
  TicketDocuments documents;

  @Test
  void aRequirementWithTwoTasksGoesFromTheStartFormToItsReview() {
    String title = "Walk-through " + System.nanoTime();
    LocalDate expected = LocalDate.now(ZONE).plusDays(45);
    ProcessInstance requirement = raiseOnTheStartForm(title, browser -> {
      browser.driver().findElement(field("Content", "textarea")).sendKeys("Customers download their invoices as PDF");
      search(browser, "System", "crm", "crm-db");
      date(browser, "ExpectedDate", expected);
      browser.waitFor(By.cssSelector(".opsflow-documents-input")).sendKeys(originalDocument().toString());
      browser.waitForText("Attached when you start: invoice-pdf-requirement.txt");
    });
    assertThat(Await.value(() -> documents.of(requirement.getId()).stream().findFirst().orElse(null)).name())
        .as("the document chosen on the start form, attached once the requirement started")
        .isEqualTo("invoice-pdf-requirement.txt");

    work(port, engine, "requirements-admin", requirement.getId(), SCREEN, browser -> pick(browser, "PriorityConfirmed", "Priority confirmed"));
    work(port, engine, "project-manager", requirement.getId(), ASSESS, browser -> {
      browser.waitFor(By.xpath("//ul[@class='opsflow-documents-list']/li/a[.='invoice-pdf-requirement.txt']"));
      type(browser, field("Breakdown", "textarea"), "PDF rendering; download page");
      type(browser, field("EffortDays"), "6");
      type(browser, field("OverallPlan", "textarea"), "One sprint");
      pick(browser, "Feasible", "Feasible");
      person(browser, "DevLead", "dev-lead");
    });
    work(port, engine, "requester", requirement.getId(), CONFIRM_SCOPE, browser -> pick(browser, "ScopeConfirmed", "I confirm"));
    work(port, engine, "dev-lead", requirement.getId(), DESIGN, browser ->
        type(browser, field("TechnicalDesign", "textarea"), "PDF rendered by the invoice service; a download page in the portal"));
    LocalDate start = LocalDate.now(ZONE).plusDays(1);
    LocalDate end = LocalDate.now(ZONE).plusDays(10);
    work(port, engine, "dev-lead", requirement.getId(), PLAN, browser -> {
      planRow(browser, 0, "PDF rendering", "developer", "demo", start, start.minusDays(1));
      browser.waitForText("The end lies before the start"); // shown at the row, before anything is sent
      retype(browser, cell("TaskEnd", 0), end); // as a person corrects it: select the day typed, type another
      browser.click(By.xpath("//button[contains(normalize-space(),'Add new')]"));
      planRow(browser, 1, "Download page", "demo", "tester", start, end);
      assertThat(browser.text()).doesNotContain("The end lies before the start");
    });
    work(port, engine, "developer", requirement.getId(), REPORT_PROGRESS, browser -> {
      type(browser, field("Progress"), "100");
      type(browser, field("ProgressNote", "textarea"), "Renderer done");
    });
    work(port, engine, "demo", requirement.getId(), REPORT_PROGRESS, browser -> type(browser, field("Progress"), "100"));
    work(port, engine, "tester", requirement.getId(), TEST_TASK, browser -> pick(browser, "TestPassed", "Test passed"));
    work(port, engine, "demo", requirement.getId(), TEST_TASK, browser -> pick(browser, "TestPassed", "Test passed"));
    work(port, engine, "requester", requirement.getId(), APPLY_FOR_RELEASE, browser -> {
      browser.waitForText("Download page");
      browser.driver().findElements(By.cssSelector("input[type=checkbox][id*='Field_ReleaseTasks']"))
          .forEach(box -> browser.click(By.id(box.getAttribute("id"))));
    });
    work(port, engine, "dev-lead", requirement.getId(), DEPLOY_TO_DELIVERY_TEST, browser ->
        type(browser, field("BackEndChanges", "textarea"), "invoice-service 2.0"));
    work(port, engine, "requester", requirement.getId(), RUN_DELIVERY_TEST, browser -> pick(browser, "Accepted", "The requirement is met"));

    releaseThroughReleaseManagement(requirement);
    work(port, engine, "dev-lead", requirement.getId(), FEED_BACK_RELEASE_RESULT, browser ->
        type(browser, field("ReleaseFeedback", "textarea"), "Live since 22:00"));
    work(port, engine, "requirements-admin", requirement.getId(), ORGANISE_ACCEPTANCE_TEST, browser -> {
      type(browser, field("AcceptanceTestParticipants"), "requester, finance");
      type(browser, field("AcceptanceTestResult", "textarea"), "Invoices download as PDF; fully met");
    });
    work(port, engine, "requester", requirement.getId(), CONFIRM_ACCEPTANCE, browser ->
        browser.waitForText("Acceptance test result"));
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(requirement.getId())
        .singleResult().getBusinessKey();
    assertThat(records.find(number).orElseThrow().status()).as("archived before its evaluation").isEqualTo("ARCHIVED");
    work(port, engine, "process-owner", requirement.getId(), REVIEW, browser ->
        type(browser, field("ReviewEffect", "textarea"), "Fewer invoice calls to the service desk"));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(requirement.getId()).count())
        .isZero();
    RequirementRecords.Requirement ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.requester()).as("whoever raised it on the start form").isEqualTo("requester");
    assertThat(ticket.expectedDate()).isEqualTo(expected);
    assertThat(ticket.devLead()).isEqualTo("dev-lead");
    assertThat(ticket.priority()).as("the proposal the requirements administrator confirmed").isNotNull();
    assertThat(ticket.technicalDesign()).isEqualTo("PDF rendered by the invoice service; a download page in the portal");
    assertThat(ticket.acceptanceTestResult()).isEqualTo("Invoices download as PDF; fully met");
    assertThat(ticket.tasks()).extracting(RequirementRecords.DevTask::name, RequirementRecords.DevTask::developer,
            RequirementRecords.DevTask::tester, RequirementRecords.DevTask::progress, RequirementRecords.DevTask::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("PDF rendering", "developer", "demo", 100, "RELEASED"),
            org.assertj.core.groups.Tuple.tuple("Download page", "demo", "tester", 100, "RELEASED"));
    assertThat(ticket.releases()).singleElement().satisfies(r -> {
      assertThat(r.tasks()).containsExactly("PDF rendering", "Download page");
      assertThat(r.backEndChanges()).isEqualTo("invoice-service 2.0");
      assertThat(r.releaseOutcome()).isEqualTo("released");
    });
    assertThat(ticket.reviewEffect()).isEqualTo("Fewer invoice calls to the service desk");
  }

  /** The original requirement, as the requester has it on their disk. */
  private static Path originalDocument() {
    try {
      Path file = Files.createTempDirectory("opsflow-walk").resolve("invoice-pdf-requirement.txt");
      return Files.writeString(file, "Customers download their invoices as PDF, from the portal.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dev lead fills a row of the plan: the task's name, its developer and tester picked by user id, its dates picked. */
  private static void planRow(Browser browser, int row, String task, String developer, String tester, LocalDate start,
      LocalDate end) {
    type(browser, cell("TaskName", row), task);
    search(browser, "TaskDeveloper_" + row, developer, "(" + developer + ")");
    search(browser, "TaskTester_" + row, tester, "(" + tester + ")");
    date(browser, cell("TaskStart", row), start);
    date(browser, cell("TaskEnd", row), end);
  }

  /** Selects what a date field holds and types another day over it (mm/dd/yyyy), leaving the field with TAB. */
  private static void retype(Browser browser, By field, LocalDate day) {
    WebElement input = browser.waitFor(field);
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
    input.sendKeys(DateTimeFormatter.ofPattern("MM/dd/yyyy").format(day), Keys.TAB);
    browser.settle();
  }

  /** The input of a field in a row of the plan (rows count from 0). */
  private static By cell(String name, int row) {
    return By.xpath("(//input[contains(@id,'-Field_" + name + "')])[" + (row + 1) + "]");
  }

  /**
   * The requester fills the start form (its title, then what {@code fill} types, with one document
   * chosen) and starts the requirement, as a person does in Tasklist, until Tasklist says the
   * document is attached.
   */
  private ProcessInstance raiseOnTheStartForm(String title, Consumer<Browser> fill) {
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "Requirement delivery", field("Title"));
      browser.waitFor(field("Title")).sendKeys(title);
      fill.accept(browser);
      browser.settle();
      browser.screenshot("requirement-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      ProcessInstance started = Await.value(() -> engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(PROCESS).variableValueEquals(TITLE.name(), title).singleResult());
      browser.waitForText("1 document attached.");
      return started;
    }
  }

  /** Release management's people plan, prepare, test and deploy; the watch passes without incident. */
  private void releaseThroughReleaseManagement(ProcessInstance instance) {
    RequirementSteps people = new RequirementSteps(engine);
    Requirement requirement = new Requirement(instance.getId(), instance.getBusinessKey());
    people.steps.runJobs(instance.getId());
    try {
      people.releaseReviewed(requirement, people.release(requirement, false));
    } finally {
      ClockUtil.reset();
    }
  }
}
