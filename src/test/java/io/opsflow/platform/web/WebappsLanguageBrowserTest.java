package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps speak the browser's language: Chinese where the person prefers Chinese, English
 * otherwise, under OpsFlow's name, without Camunda's "migrate to Camunda 8" banner and without
 * Tasklist's "Create task" (standalone tasks are refused to every OpsFlow role).
 */
@OpsFlowTest
class WebappsLanguageBrowserTest {

  @LocalServerPort
  int port;

  @Test
  void ourConfigurationAndTranslationsAreServedBeforeTheWebjars() {
    Http http = new Http(port);
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      assertThat(http.get("/camunda/app/" + app + "/scripts/config.js").body())
          .as(app).contains("vendor: 'OpsFlow'", "availableLocales: ['en', 'zh']");
      assertThat(http.get("/camunda/app/" + app + "/styles/user-styles.css").body())
          .as(app).contains(".ce-eol-banner");
      assertThat(http.get("/camunda/app/" + app + "/locales/zh.json").status()).as(app).isEqualTo(200);
    }
  }

  @Test
  void aChineseBrowserGetsTasklistInChinese() {
    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("tasklist", "service-desk", "demo");
      browser.waitForText("启动流程");
      browser.waitFor(By.cssSelector(".task-filters"));
      browser.waitForText("请在列表中选择一个任务。");
      browser.settle();
      browser.screenshot("tasklist-zh");

      assertThat(browser.text()).contains("OpsFlow 任务列表", "启动流程", "请在列表中选择一个任务。", "Service desk queue")
          .doesNotContain("Start process", "Camunda 8", "Create task", "创建任务");
      assertThat(browser.driver().findElement(By.cssSelector(".create-task-action")).isDisplayed())
          .as("Create task shown").isFalse();
      assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
          .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("Camunda 8 banner shown").isFalse());
    }
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
      browser.logIntoWebapp("admin", "admin", "demo");
      browser.waitForText("OpsFlow 管理");
      browser.waitForText("授权");
      browser.settle();
      browser.screenshot("admin-zh");

      assertThat(browser.text()).contains("OpsFlow 管理", "用户", "组", "授权", "系统")
          .doesNotContain("Authorizations", "Camunda 8");
    }
  }
}
