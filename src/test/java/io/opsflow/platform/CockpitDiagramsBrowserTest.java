package io.opsflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The process owner watches each process in Cockpit: its diagram drawn whole, with its instances. */
@OpsFlowTest
class CockpitDiagramsBrowserTest {

  @LocalServerPort
  int port;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "Incident management, Activity_ResolveAtTier, 90, cockpit-incident-management",
      "Problem management, Activity_InvestigateRootCause, 60, cockpit-problem-management",
      "Knowledge article, Activity_ReviewArticle, 30, cockpit-knowledge-article",
      "Release management, Activity_DecideOnRollback, 40, cockpit-release-management",
      "Change management, Activity_VoteOnChange, 90, cockpit-change-management",
      "Disaster recovery drill, Activity_ExecuteFailover, 60, cockpit-disaster-recovery-drill",
      "Disaster recovery, Activity_ExecuteFailover, 50, cockpit-disaster-recovery",
      "Backup restore test, Activity_VerifyRestoredData, 35, cockpit-backup-restore-test",
      "Continuity schedule, Activity_FindDrillDue, 20, cockpit-continuity-schedule",
      "Requirement delivery, Activity_AssessRequirement, 60, cockpit-requirement-delivery"})
  void theProcessOwnerSeesTheDiagramInCockpit(String process, String element, int shapes, String screenshot) {
    new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"Cockpit check\"}");
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("cockpit", "process-owner", "demo");
      browser.waitForText("Process Definitions");
      browser.go("/camunda/app/cockpit/default/#/processes");
      browser.click(By.linkText(process));
      browser.waitFor(By.cssSelector("[data-element-id='" + element + "']"));
      browser.settle();
      browser.screenshot(screenshot);

      assertThat(browser.driver().findElements(By.cssSelector("[data-element-id]")).size())
          .as("diagram elements drawn").isGreaterThan(shapes);
      assertThat(browser.text()).contains(process);
    }
  }
}
