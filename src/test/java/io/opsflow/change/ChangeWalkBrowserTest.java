package io.opsflow.change;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A standard change walked through Tasklist: the requester fills the RFC start form, the
 * implementer records what was done and one configuration change ("item: attribute = value"), the change
 * manager verifies and, with no review for a standard change, decides that a knowledge article is needed; the
 * CMDB then holds the item's new baseline and the article is requested.
 */
@OpsFlowTest
class ChangeWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  ChangeRecords records;
  @Autowired
  Cmdb cmdb;

  @Test
  void aStandardChangeGoesFromTheRfcFormThroughImplementationToANewBaseline() {
    String printer = TestItems.create(cmdb, "walk-printer", "server", "low", "{\"os\":\"Debian 11\"}");
    String summary = "Upgrade the print server " + printer;
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "Change management", field("Summary"));
      type(browser, field("Summary"), summary);
      type(browser, field("AffectedCis"), printer);
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
    work(port, engine, "change-manager", change.getId(), ChangeIds.VERIFY, browser -> tick(browser, "Verified"));
    work(port, engine, "change-manager", change.getId(), ChangeIds.DECIDE_KNOWLEDGE,
        browser -> tick(browser, "KnowledgeArticleNeeded"));

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("CLOSED");
    Cmdb.Item item = cmdb.find(printer).orElseThrow();
    assertThat(item.baselineVersion()).isEqualTo(2);
    assertThat(item.attributes()).isEqualTo("{\"os\":\"Debian 12\"}");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KnowledgeArticle")
        .variableValueEquals("sourceRef", number).count()).as("knowledge article requested").isEqualTo(1);
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ChangeIds.PROCESS)
        .variableValueEquals(ChangeVariables.SUMMARY.name(), summary).singleResult());
  }
}
