package io.opsflow.incident;

import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.pick;
import static io.opsflow.Tasklist.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A day's incident worked in Chinese, from the start form to closure: every person's browser
 * prefers Chinese, and every text they meet on the way (Tasklist, the process and task names, the
 * forms' labels and choices, the number's notice) is Chinese; nobody types an id.
 */
class IncidentChineseWalkBrowserTest extends OpsFlowTestBase {

  private static final String ZH = "zh-CN";

  @Autowired
  IncidentRecords records;

  @Test
  void anIncidentIsReportedResolvedAndConfirmedInChinese() {
    String summary = "客户关系管理系统无法登录 " + System.nanoTime();
    String number;
    try (Browser browser = Browser.open(port, ZH)) {
      browser.logIntoWebapp("tasklist", "requester", "demo");
      openStartForm(browser, "启动流程", "事件管理", field("Summary"));
      assertThat(browser.text()).contains("摘要", "描述", "影响度", "紧急度", "受影响的配置项")
          .doesNotContain("Summary", "Urgency", "Affected configuration item");
      browser.waitFor(field("Summary")).sendKeys(summary);
      browser.driver().findElement(field("Description", "textarea")).sendKeys("销售部从早上九点起无法登录");
      browser.settle();
      browser.screenshot("zh-incident-start-form");
      browser.click(By.xpath("//button[normalize-space()='启动']"));
      ProcessInstance started = Await.value(() -> runtime.createProcessInstanceQuery()
          .processDefinitionKey(IncidentIds.PROCESS).variableValueEquals(IncidentVariables.SUMMARY.name(), summary)
          .singleResult());
      Jobs.runDue(engine.getManagementService(), started.getId());
      number = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
      assertThat(browser.driver().findElement(By.cssSelector(".opsflow-started")).getText())
          .contains("已登记，编号 " + number + "。可在“我的工单”中跟踪。");
    }
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

    work(port, ZH, engine, "service-desk", instance, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, browser -> {
      assertThat(browser.text()).contains("首次接触是否已解决?", "推荐的知识文章和已知错误", "服务台队列")
          .doesNotContain("Resolved at first contact?", "Try first-contact resolution");
      browser.click(By.xpath("//button[normalize-space()='完成']"));
      browser.waitForText("此项为必填项。"); // the form's own check, in Chinese
      assertThat(browser.text()).doesNotContain("Field is required.");
      pick(browser, "ResolvedAtFirstContact", "否");
      browser.driver().findElement(field("ResolutionNotes", "textarea")).sendKeys("已请用户清除浏览器缓存，仍无法登录");
    });
    work(port, ZH, engine, "support-l1", instance, IncidentIds.RESOLVE_AT_TIER, browser -> {
      assertThat(browser.text()).contains("本层解决还是升级?", "处理措施").doesNotContain("Escalate to the next tier");
      pick(browser, "Escalate", "本层已解决");
      browser.driver().findElement(field("FaultCause", "textarea")).sendKeys("登录服务的证书已过期");
      browser.driver().findElement(field("ResolutionNotes", "textarea")).sendKeys("更新了证书并重启登录服务");
      browser.driver().findElement(field("PreventiveMeasures", "textarea")).sendKeys("证书到期纳入监控");
    });
    work(port, ZH, engine, "service-desk", instance, IncidentIds.CONFIRM_RESOLUTION, browser -> {
      assertThat(browser.text()).contains("服务是否已恢复?").doesNotContain("Does the service work again?");
      pick(browser, "Confirmed", "是");
      browser.waitForText("满意度");
      browser.waitFor(field("Satisfaction")).sendKeys("5");
    });

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    IncidentRecords.Incident ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.faultCause()).isEqualTo("登录服务的证书已过期");
    assertThat(ticket.satisfaction()).isEqualTo(5);
  }
}
