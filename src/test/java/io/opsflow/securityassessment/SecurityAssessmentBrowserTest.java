package io.opsflow.securityassessment;

import static io.opsflow.Tasklist.*;
import static io.opsflow.securityassessment.SecurityAssessmentIds.*;
import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.util.List;
import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An assessment in Tasklist in Chinese browsers: the security officer records a finding, the process
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
    String pid = runtime.createProcessInstanceByKey(PROCESS).setVariables(ProcessSteps.vars(SCOPE_CIS, List.of(web),
        METHOD, "penetration-test")).execute().getId();
    String number = (String) steps.variable(pid, ASSESSMENT_NUMBER.name());

    work(port, "zh-CN", engine, "security-officer", pid, CARRY_OUT, browser -> {
      assertThat(browser.text()).contains("评估概述", "评估范围内的配置项").doesNotContain("Summary of the assessment");
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
