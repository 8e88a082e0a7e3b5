package io.opsflow.change;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.ProcessSteps;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A standard change walked through Tasklist: the requester fills the RFC start form, the
 * implementer records what was done and one configuration change ("item: attribute = value"), the change
 * manager verifies and, with no review for a standard change, decides that a knowledge article is needed; the
 * CMDB then holds the item's new baseline and the article is requested. A normal change's owner
 * writes its plans, and the change manager names its implementer on the schedule form; the task goes to them.
 */
@OpsFlowTest
class ChangeWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  ChangeRecords records;
  @Autowired
  Cmdb cmdb;
  @Autowired
  ChangeSchedule schedule;
  @Autowired
  ChangeIntake intake;

  @Test
  void aStandardChangeGoesFromTheRfcFormThroughImplementationToANewBaseline() {
    String printer = TestItems.create(cmdb, "walk-printer", "server", "low", "{\"os\":\"Debian 11\"}");
    String summary = "Upgrade the print server " + printer;
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "Change management", field("Summary"));
      type(browser, field("Summary"), summary);
      search(browser, "AffectedCis", printer);
      type(browser, field("BackoutPlan", "textarea"), "Reinstall Debian 11 from the image");
      tick(browser, "Tested");
      choose(browser, "ChangeType", "Standard");
      browser.settle();
      browser.screenshot("change-rfc-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      awaitInstance(summary);
    }
    ProcessInstance change = awaitInstance(summary);
    String number = change.getBusinessKey();
    assertThat(records.find(number).orElseThrow().approvalPath()).isEqualTo("pre-approved");

    work(port, engine, "change-implementer", change.getId(), ChangeIds.IMPLEMENT, browser -> {
      type(browser, field("ImplementationNotes", "textarea"), "Upgraded in place, rebooted");
      type(browser, field("CiChanges", "textarea"), printer + ": os = Debian 12");
    });
    work(port, engine, "change-manager", change.getId(), ChangeIds.VERIFY, browser -> pick(browser, "Verified", "Verified"));
    work(port, engine, "change-manager", change.getId(), ChangeIds.DECIDE_KNOWLEDGE,
        browser -> pick(browser, "KnowledgeArticleNeeded", "Yes"));

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("CLOSED");
    Cmdb.Item item = cmdb.find(printer).orElseThrow();
    assertThat(item.baselineVersion()).isEqualTo(2);
    assertThat(item.attributes()).isEqualTo("{\"os\":\"Debian 12\"}");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KnowledgeArticle")
        .variableValueEquals("sourceRef", number).count()).as("knowledge article requested").isEqualTo(1);
  }

  @Test
  void aNormalChangesOwnerWritesThePlansAndTheChangeManagerNamesTheImplementerInTasklist() {
    String balancer = TestItems.owned(cmdb, "walk-balancer", "server", "medium", "ops-engineer");
    ChangeIntake.Opened change = intake.submit(new ChangeRequest("Renew the balancer certificate " + balancer, null, null,
        List.of(balancer), null, null, "Put the old certificate back", true, null, null, null, null));
    ProcessSteps steps = new ProcessSteps(engine);
    steps.complete(change.processInstanceId(), ChangeIds.ASSESS, ChangeVariables.ASSESSMENT, "Routine");

    work(port, engine, "change-implementer", change.processInstanceId(), ChangeIds.WRITE_PLANS, browser -> {
      type(browser, field("ImplementationPlan", "textarea"), "Upload the certificate, reload the balancer, check the chain");
      browser.driver().findElement(field("BackoutPlan", "textarea")).sendKeys(" and reload");
    });
    assertThat(steps.variable(change.processInstanceId(), ChangeVariables.BACKOUT_PLAN)).isEqualTo("Put the old certificate back and reload");
    while (steps.waitingAt(change.processInstanceId()).contains(ChangeIds.VOTE)) {
      org.camunda.bpm.engine.task.Task vote = steps.tasks(change.processInstanceId()).get(0);
      steps.as(steps.candidateGroups(vote).get(0), () -> {
        tasks.complete(vote.getId(), ProcessSteps.vars(ChangeVariables.APPROVED, true));
        return null;
      });
      steps.runJobs(change.processInstanceId());
    }

    LocalDate day = freeDay();
    work(port, engine, "change-manager", change.processInstanceId(), ChangeIds.PLAN, browser -> {
      dateTime(browser, "PlannedStart", day, "22:00");
      dateTime(browser, "PlannedEnd", day, "23:00");
      search(browser, "Implementers", "ops-engineer");
    });
    steps.complete(change.processInstanceId(), ChangeIds.BUILD_AND_TEST, ChangeVariables.BUILD_NOTES, "Certificate staged");
    steps.complete(change.processInstanceId(), ChangeIds.GO_NO_GO, ChangeVariables.GO, true);
    steps.fireTimer(change.processInstanceId(), ChangeIds.WINDOW_OPENED);

    assertThat(steps.task(change.processInstanceId(), ChangeIds.IMPLEMENT).getAssignee()).isEqualTo("ops-engineer");
    work(port, engine, "ops-engineer", change.processInstanceId(), ChangeIds.IMPLEMENT,
        browser -> type(browser, field("ImplementationNotes", "textarea"), "Certificate renewed"));
    assertThat(steps.waitingAt(change.processInstanceId())).containsExactly(ChangeIds.VERIFY);
  }

  /**
   * A CAB member who rejects must say why (the requester is told): the reason is asked for at the
   * field once "Reject" is chosen, and Complete without it is stopped there, the task left open and
   * no refusal from the server shown; with the reason the vote is cast.
   */
  @Test
  void aRejectionWithoutAReasonIsStoppedAtTheField() {
    String switchId = TestItems.owned(cmdb, "walk-switch", "network-device", "medium", "ops-engineer");
    ChangeIntake.Opened change = intake.submit(new ChangeRequest("Replace the access switch " + switchId, null, null,
        List.of(switchId), null, null, "Put the old switch back", true, null, null, null, null));
    ProcessSteps steps = new ProcessSteps(engine);
    steps.complete(change.processInstanceId(), ChangeIds.ASSESS, ChangeVariables.ASSESSMENT, "Routine");
    steps.complete(change.processInstanceId(), ChangeIds.WRITE_PLANS, ChangeVariables.IMPLEMENTATION_PLAN, "Swap it at night",
        ChangeVariables.BACKOUT_PLAN, "Put the old switch back");
    org.camunda.bpm.engine.task.Task vote = steps.tasks(change.processInstanceId()).get(0);
    assertThat(vote.getTaskDefinitionKey()).isEqualTo(ChangeIds.VOTE);
    String member = steps.candidateGroups(vote).get(0);
    tasks.claim(vote.getId(), member);

    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", member, "demo");
      browser.waitForText("My tasks");
      browser.go("/camunda/app/tasklist/default/#/?task=" + vote.getId());
      browser.waitFor(By.xpath("//button[normalize-space()='Complete']"));
      browser.settle();
      assertThat(browser.driver().findElements(field("Comment", "textarea"))).as("no reason asked before a rejection").isEmpty();
      pick(browser, "Approved", "Reject");
      browser.waitFor(field("Comment", "textarea"));

      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      browser.settle();
      browser.screenshot("cab-vote-reject-without-reason");
      assertThat(browser.text()).contains("Field is required").doesNotContain("comment is required");
      assertThat(tasks.createTaskQuery().taskId(vote.getId()).count()).as("still open").isOne();

      type(browser, field("Comment", "textarea"), "The switch model is end of life; choose another");
      browser.click(By.xpath("//button[normalize-space()='Complete']"));
      Await.until(() -> tasks.createTaskQuery().taskId(vote.getId()).count() == 0);
    }
  }

  /** A day a month or more ahead whose evening lies outside every change freeze. */
  private LocalDate freeDay() {
    LocalDate day = LocalDate.now().plusDays(30);
    while (isFrozen(day.atTime(21, 0))) {
      day = day.plusDays(1);
    }
    return day;
  }

  private boolean isFrozen(LocalDateTime evening) {
    return schedule.freezePeriods().stream()
        .anyMatch(f -> evening.plusHours(3).isAfter(f.start().minusHours(9)) && evening.minusHours(3).isBefore(f.end().plusHours(9)));
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ChangeIds.PROCESS)
        .variableValueEquals(ChangeVariables.SUMMARY.name(), summary).singleResult());
  }
}
