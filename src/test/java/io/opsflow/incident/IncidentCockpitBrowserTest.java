package io.opsflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The process owner watches incidents in Cockpit: the diagram with its running instances. */
@OpsFlowTest
class IncidentCockpitBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void theProcessOwnerSeesTheIncidentDiagramInCockpit() {
    new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"Cockpit check\"}");
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("cockpit", "process-owner", "demo");
      browser.waitForText("Process Definitions");
      browser.go("/camunda/app/cockpit/default/#/processes");
      browser.click(By.linkText("Incident management"));
      browser.waitFor(By.cssSelector("[data-element-id='Activity_ResolveAtTier']"));
      browser.settle();
      browser.screenshot("cockpit-incident-management");

      assertThat(browser.driver().findElements(By.cssSelector("[data-element-id]")).size())
          .as("diagram elements drawn").isGreaterThan(90);
      assertThat(browser.text()).contains("Incident management");
    }
  }
}
