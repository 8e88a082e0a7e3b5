package io.opsflow.problem;

import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.search;
import static io.opsflow.Tasklist.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user rings the service desk about a problem (用户报告问题): the service desk registers it on
 * the problem's start form in Tasklist, naming the user as its reporter.
 */
@OpsFlowTest
class ProblemReportBrowserTest extends OpsFlowTestBase {

  @Autowired
  ProblemRecords records;

  @Test
  void theServiceDeskRegistersAProblemAUserReportedOnTheStartForm() {
    String summary = "Scanner drivers vanish after updates " + System.nanoTime();
    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      openStartForm(browser, "Problem management", field("Summary"));
      type(browser, field("Summary"), summary);
      search(browser, "Reporter", "(requester)"); // "Full Name (requester)"
      browser.settle();
      browser.screenshot("problem-reported-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
    }

    ProcessInstance problem = Await.value(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProblemIds.PROCESS).variableValueEquals(ProblemVariables.SUMMARY.name(), summary)
        .singleResult());
    String number = problem.getBusinessKey();
    assertThat(records.find(number).orElseThrow().status()).isEqualTo("RECORDED");
    assertThat(records.notes(number, "REPORTED_BY_USER")).containsExactly("requester");
  }
}
