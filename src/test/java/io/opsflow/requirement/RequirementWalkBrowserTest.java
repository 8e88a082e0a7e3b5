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
import java.time.LocalDate;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One requirement with two development tasks walked through Tasklist as its people do it: raised
 * on the start form, screened by the requirements administrator, assessed, scope confirmed,
 * technically designed, planned (two lines of the plan), both
 * tasks reported at 100 % and tested, released by choosing both in a checklist, deployed to delivery test, accepted,
 * released to production (release management's own tasks are worked through the engine), fed
 * back, acceptance-tested by the requirements administrator, accepted, archived and evaluated. Each step is done by that role's user in the browser.
 */
@OpsFlowTest
class RequirementWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  RequirementRecords records;

  @Test
  void aRequirementWithTwoTasksGoesFromTheStartFormToItsReview() {
    String title = "Walk-through " + System.nanoTime();
    LocalDate expected = LocalDate.now(ZONE).plusDays(45);
    ProcessInstance requirement = raiseOnTheStartForm(title, browser -> {
      browser.driver().findElement(field("Content", "textarea")).sendKeys("Customers download their invoices as PDF");
      browser.driver().findElement(field("System")).sendKeys("crm");
      date(browser, "ExpectedDate", expected);
    });

    work(port, engine, "requirements-admin", requirement.getId(), SCREEN, browser -> pick(browser, "PriorityConfirmed", "Priority confirmed"));
    work(port, engine, "project-manager", requirement.getId(), ASSESS, browser -> {
      type(browser, field("Breakdown", "textarea"), "PDF rendering; download page");
      type(browser, field("EffortDays"), "6");
      type(browser, field("OverallPlan", "textarea"), "One sprint");
      type(browser, field("DevLead"), "dev-lead");
      pick(browser, "Feasible", "Feasible");
    });
    work(port, engine, "requester", requirement.getId(), CONFIRM_SCOPE, browser -> pick(browser, "ScopeConfirmed", "I confirm"));
    work(port, engine, "dev-lead", requirement.getId(), DESIGN, browser ->
        type(browser, field("TechnicalDesign", "textarea"), "PDF rendered by the invoice service; a download page in the portal"));
    String start = LocalDate.now(ZONE).plusDays(1).toString();
    String end = LocalDate.now(ZONE).plusDays(10).toString();
    work(port, engine, "dev-lead", requirement.getId(), PLAN, browser -> type(browser, field("DevTasks", "textarea"),
        "PDF rendering | developer | demo | " + start + " | " + end + "\n"
            + "Download page | demo | tester | " + start + " | " + end));
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

  /**
   * The requester fills the start form (its title, then what {@code fill} types) and starts the
   * requirement, as a person does in Tasklist.
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
      return Await.value(() -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
          .variableValueEquals(TITLE.name(), title).singleResult());
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
