package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentSteps;
import io.opsflow.incident.IncidentVariables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Cockpit offers the process owner, who may only read there, no action that would be refused
 * (delete or suspend the instance, add, edit or delete a variable); the administrator keeps them.
 * An object variable is listed as its JSON, not as its Java type.
 */
class CockpitReadOnlyBrowserTest extends OpsFlowTestBase {

  private static final By INSTANCE_ACTIONS = By.cssSelector(".ctn-toolbar a.btn-toolbar[ng-click='openDialog()']");
  private static final By VARIABLE_ACTIONS = By.cssSelector("button[ng-click^='enableEditMode'], button[ng-click^='deleteVariable']");

  @Test
  void theProcessOwnerSeesTheInstanceWithoutActionsTheAdministratorWithThem() {
    String number = new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"Cockpit read-only\"}")
        .json().get("incidentNumber").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    Jobs.runDue(engine.getManagementService(), instance);

    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("cockpit", "process-owner", "demo");
      browser.waitForText("Process Definitions");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
      browser.waitForText("incidentNumber");
      browser.settle();
      browser.screenshot("cockpit-instance-read-only");

      assertThat(browser.driver().findElements(INSTANCE_ACTIONS)).as("instance actions").isNotEmpty()
          .noneMatch(WebElement::isDisplayed);
      assertThat(browser.driver().findElements(VARIABLE_ACTIONS)).as("variable actions").isNotEmpty()
          .noneMatch(WebElement::isDisplayed);
      assertThat(browser.text()).contains(number);
    }
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("cockpit", "admin", "admin");
      browser.waitForText("Process Definitions");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
      browser.waitForText("incidentNumber");
      browser.settle();

      List<WebElement> actions = browser.driver().findElements(INSTANCE_ACTIONS);
      assertThat(actions).as("the administrator's instance actions").anyMatch(WebElement::isDisplayed);
      assertThat(browser.driver().findElements(VARIABLE_ACTIONS)).anyMatch(WebElement::isDisplayed);
    }
  }

  @Test
  void anObjectVariableIsListedAsItsJsonNotItsJavaType() {
    String number = new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"Cockpit JSON\"}")
        .json().get("incidentNumber").asText();
    IncidentSteps incidents = new IncidentSteps(engine);
    incidents.runJobs(number);
    incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT, false);
    String instance = incidents.instanceOf(number);
    assertThat(runtime.getVariable(instance, "routing")).as("IncidentRouting's result, a map").isInstanceOf(java.util.Map.class);

    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("cockpit", "process-owner", "demo");
      browser.waitForText("Process Definitions");
      browser.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?searchQuery="
          + "%5B%7B%22type%22:%22variableName%22,%22operator%22:%22eq%22,%22value%22:%22routing%22%7D%5D");
      WebElement routing = browser.waitFor(By.cssSelector("a.opsflow-json"));
      browser.screenshot("cockpit-variable-json");

      assertThat(routing.getText()).startsWith("{").contains("\"firstTier\":\"support-l1\"");
      assertThat(browser.text()).doesNotContain("java.util.HashMap");
    }
  }
}
