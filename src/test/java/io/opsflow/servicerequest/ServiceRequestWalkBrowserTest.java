package io.opsflow.servicerequest;

import static io.opsflow.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.identity.Roles;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request for access walked through Tasklist: the requester chooses "Access to an application"
 * from the catalogue on the start form and fills the fields that item shows, a security officer
 * (the item's owner group) approves it, the application group fulfils it, and the requester
 * confirms it with a satisfaction of 5.
 */
class ServiceRequestWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  ServiceRequestRecords records;

  @Test
  void aRequestForAccessGoesFromTheCatalogueThroughApprovalToConfirmation() {
    String summary = "Read access to the payroll reports " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "Service request", By.cssSelector("[id$='-Field_CatalogueItem-display']"));
      choose(browser, "CatalogueItem", "Access to an application");
      browser.settle();
      type(browser, field("Summary"), summary);
      choose(browser, "Urgency", "Medium");
      type(browser, field("TargetSystem"), "payroll");
      choose(browser, "AccessLevel", "Read");
      type(browser, field("Justification", "textarea"), "Quarterly payroll audit");
      assertThat(browser.driver().findElements(field("HardwareModel"))).as("another item's field stays hidden").isEmpty();
      browser.settle();
      browser.screenshot("service-request-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
      awaitInstance(summary);
    }
    ProcessInstance request = awaitInstance(summary);
    String number = request.getBusinessKey();

    work(port, engine, "security-officer", request.getId(), ServiceRequestIds.APPROVE,
        browser -> pick(browser, "Approved", "Yes"));
    work(port, engine, "support-l2-application", request.getId(), ServiceRequestIds.FULFIL,
        browser -> type(browser, field("FulfilmentNotes", "textarea"), "Reader role granted in payroll"));
    work(port, engine, "requester", request.getId(), ServiceRequestIds.CONFIRM, browser -> {
      pick(browser, "Fulfilled", "Yes");
      type(browser, field("Satisfaction"), "5");
    });

    ServiceRequestRecords.Request ticket = records.find(number).orElseThrow();
    assertThat(ticket.approvalPath()).isEqualTo("owner");
    assertThat(ticket.ownerGroup()).isEqualTo(Roles.SECURITY_OFFICER);
    assertThat(ticket.fulfilmentGroup()).isEqualTo(Roles.SUPPORT_L2_APPLICATION);
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.satisfaction()).isEqualTo(5);
    assertThat(MailServer.about(number)).anySatisfy(mail -> assertThat(mail.body()).contains("Reader role granted"));
  }

  private ProcessInstance awaitInstance(String summary) {
    return Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ServiceRequestIds.PROCESS)
        .variableValueEquals(ServiceRequestVariables.SUMMARY.name(), summary).singleResult());
  }
}
