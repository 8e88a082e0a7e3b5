package io.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person logs into Tasklist and sees the queues of their role, and only those. */
@OpsFlowTest
class TasklistQueuesBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void theServiceDeskSeesTheServiceDeskQueue() {
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");

      browser.waitForText("Service desk queue");
      browser.waitFor(By.cssSelector(".task-filters"));
      browser.screenshot("tasklist-service-desk");
      assertThat(browser.text()).contains("Service desk queue", "My tasks", "Breaching SLA")
          .doesNotContain("L1 queue");
    }
  }

  @Test
  void l1DoesNotSeeTheServiceDeskQueue() {
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "support-l1", "demo");

      browser.waitForText("L1 queue");
      assertThat(browser.text()).contains("L1 queue", "My tasks").doesNotContain("Service desk queue");
    }
  }
}
