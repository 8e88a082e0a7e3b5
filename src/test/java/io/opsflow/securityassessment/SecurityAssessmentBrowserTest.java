package io.opsflow.securityassessment;

import static io.opsflow.Tasklist.*;
import static io.opsflow.securityassessment.SecurityAssessmentIds.*;
import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assessment in Tasklist in Chinese browsers: the security officer requests it from the start form
 * (an item picked from the CMDB, the method) and records a finding, the process
 * owner has it remediated through a change, the security officer re-tests it fixed.
 */
class SecurityAssessmentBrowserTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;
  @Autowired
  SecurityAssessmentRecords records;

  @Test
  void anAssessmentWalkedInChinese() {
    String web = "sec-zh-" + System.nanoTime() % 1_000_000_000L;
    cmdb.create(web, new Cmdb.Fields("Shop " + web, "application", "ops-engineer", "high", "production", null),
        new Cmdb.Author("security-test", null));
    ProcessSteps steps = new ProcessSteps(engine);
    String number;
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("tasklist", "security-officer", "demo");
      openStartForm(browser, "启动流程", "安全评估", By.cssSelector("input.fjs-taglist-input[id*='-Field_ScopeCis']"));
      assertThat(browser.text()).contains("评估范围内的配置项", "评估方法", "外部厂商").doesNotContain("Method");
      choose(browser, "Method", "渗透测试");
      search(browser, "ScopeCis", web);
      browser.settle();
      browser.screenshot("zh-security-assessment-start-form");
      browser.click(By.xpath("//button[normalize-space()='启动']"));
      number = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
    }
    assertThat(number).matches("SEC-\\d{4}-\\d{6}");
    String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    assertThat(records.find(number).orElseThrow().scopeCis()).containsExactly(web);
    assertThat(records.find(number).orElseThrow().requestedBy()).isEqualTo("security-officer");

    work(port, "zh-CN", engine, "security-officer", pid, CARRY_OUT, browser -> {
      assertThat(browser.text()).contains("评估概述", "评估范围内的配置项", "渗透测试")
          .doesNotContain("Summary of the assessment", "Penetration test");
      type(browser, field("AssessmentSummary", "textarea"), "外网渗透测试");
      browser.click(By.xpath("//button[contains(normalize-space(),'新增一行')]"));
      type(browser, cell("input", "FindingTitle"), "搜索页SQL注入");
      search(browser, "FindingCi_0", web);
      type(browser, cell("input", "FindingCvss"), "9.8");
      pick(browser, "FindingExposure", "可从互联网访问");
      type(browser, cell("textarea", "FindingDescription"), "搜索参数未做参数化");
    });
    assertThat(records.finding(number, 1).orElseThrow().riskLevel()).isEqualTo("critical");

    work(port, "zh-CN", engine, "process-owner", pid, DECIDE_TREATMENT, browser -> {
      assertThat(browser.text()).contains("风险等级", "处置方式").doesNotContain("Treatment");
      assertThat(browser.waitFor(field("FindingTitleShown")).getDomProperty("value")).isEqualTo("搜索页SQL注入");
      assertThat(browser.waitFor(field("RiskLevelShown")).getDomProperty("value")).as("the Chinese half").isEqualTo("严重");
      pick(browser, "Treatment", "通过变更整改");
      type(browser, field("FixPlan", "textarea"), "改用参数化查询");
      type(browser, field("BackoutPlan", "textarea"), "回滚到上一版本");
    });
    assertThat(records.finding(number, 1).orElseThrow().changeNumber()).startsWith("CHG-");

    work(port, "zh-CN", engine, "security-officer", pid, RETEST, browser -> {
      assertThat(browser.text()).contains("复测记录", "变更");
      tick(browser, "RetestPassed");
      type(browser, field("RetestNotes", "textarea"), "复测未再发现注入");
    });
    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    assertThat(records.finding(number, 1).orElseThrow().status()).isEqualTo("FIXED");
  }

  private static By cell(String element, String name) {
    return By.xpath("(//" + element + "[contains(@id,'-Field_" + name + "')])[1]");
  }
}
