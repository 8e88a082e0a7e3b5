package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The webapps speak the browser's language: Chinese where the person prefers Chinese, English
 * otherwise, under OpsFlow's name, without Camunda's "migrate to Camunda 8" banner and without
 * Tasklist's "Create task" (standalone tasks are refused to every OpsFlow role).
 */
@OpsFlowTest
class WebappsLanguageBrowserTest extends OpsFlowTestBase {

  @Test
  void ourConfigurationAndTranslationsAreServedBeforeTheWebjars() {
    Http http = new Http(port);
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      assertThat(http.get("/camunda/app/" + app + "/scripts/config.js").body())
          .as(app).contains("vendor: 'OpsFlow'", "availableLocales: ['en', 'zh'", "fallbackLocale: 'en'");
      assertThat(http.get("/camunda/app/" + app + "/styles/user-styles.css").body())
          .as(app).contains("@import url(\"../../opsflow-webapps.css\")");
      assertThat(http.get("/camunda/app/" + app + "/locales/zh.json").status()).as(app).isEqualTo(200);
    }
    assertThat(http.get("/camunda/app/opsflow-webapps.css").body()).contains(".ce-eol-banner");
  }

  @Test
  void aChineseBrowserGetsTasklistInChinese() {
    Task task = aServiceDeskTask();
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("启动流程");
      browser.waitForText("请在列表中选择一个任务。");
      assertThat(browser.text()).contains("OpsFlow 任务列表", "启动流程", "键盘快捷键", "创建时间", "服务台队列", "我的任务")
          .doesNotContain("Start process", "Camunda 8", "Create task", "创建任务", "Service desk queue", "My tasks");
      assertThat(browser.driver().findElement(By.cssSelector(".create-task-action")).isDisplayed())
          .as("Create task shown").isFalse();
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("Camunda 8 banner shown").isFalse());

      // the form's "English / 中文" texts show their Chinese half only
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitFor(By.xpath("//*[self::a or self::button][normalize-space()='认领']"));
      browser.waitForText("表单");
      browser.waitForText("首次接触是否已解决?");
      browser.settle();
      browser.screenshot("tasklist-zh");
      assertThat(browser.text()).contains("表单", "历史", "流程图", "描述", "首次接触是否已解决?", "是:已与报告人一同解决",
              "处理措施")
          .doesNotContain("Claim", "Diagram", "Resolved at first contact?", "Yes: resolved with the caller", "首次接触是否已解决? /");
    }
  }

  @Test
  void anEnglishBrowserGetsTheModelsTextsInEnglish() {
    Task task = aServiceDeskTask();
    try (Browser browser = Browser.open(port, "en-US")) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("Start process");
      browser.go("/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.waitForText("Resolved at first contact?");
      browser.settle();

      assertThat(browser.text()).contains("Resolved at first contact?", "Yes: resolved with the caller",
              "Fix")
          .doesNotContain("首次接触是否已解决", "处理措施", "是:已与报告人一同解决");
    }
  }

  /** An incident reported over the API waits for the service desk's first-contact resolution. */
  private Task aServiceDeskTask() {
    String summary = "VPN drops every hour " + System.nanoTime();
    new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"" + summary + "\"}");
    ProcessInstance incident = Await.value(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey(IncidentIds.PROCESS).variableValueEquals(IncidentVariables.SUMMARY.name(), summary).singleResult());
    Jobs.runDue(engine.getManagementService(), incident.getId());
    return Await.value(() -> tasks.createTaskQuery().processInstanceId(incident.getId())
        .taskDefinitionKey(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).singleResult());
  }

  @Test
  void anEnglishBrowserGetsTasklistInEnglish() {
    try (Browser browser = Browser.open(port, "en-US")) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("Start process");
      browser.waitForText("Select a task in the list.");

      assertThat(browser.text()).contains("OpsFlow Tasklist", "Start process", "Select a task in the list.")
          .doesNotContain("启动流程", "Camunda 8", "Create task");
    }
  }

  @Test
  void aChineseBrowserGetsCockpitInChinese() {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("cockpit", "process-owner", "demo");
      browser.waitForText("OpsFlow 驾驶舱");
      browser.waitForText("流程定义");
      browser.settle();
      browser.screenshot("cockpit-zh");

      assertThat(browser.text()).contains("OpsFlow 驾驶舱", "流程", "决策", "流程定义")
          .doesNotContain("Process Definitions", "Camunda 8");
    }
  }

  @Test
  void aChineseBrowserGetsAdminInChinese() {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("admin", "admin", "admin");
      browser.waitForText("OpsFlow 管理");
      browser.waitForText("授权");
      browser.settle();
      browser.screenshot("admin-zh");

      assertThat(browser.text()).contains("OpsFlow 管理", "用户", "组", "授权", "系统")
          .doesNotContain("Authorizations", "Camunda 8");
    }
  }

  @Test
  void aChineseBrowserGetsTheWelcomePageInChinese() {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("welcome", "process-owner", "demo");
      browser.waitForText("OpsFlow 欢迎");
      browser.waitForText("应用");

      assertThat(browser.text()).contains("OpsFlow 欢迎", "应用", "任务列表", "驾驶舱", "个人资料")
          .doesNotContain("Applications", "Camunda 8");
    }
  }
}
