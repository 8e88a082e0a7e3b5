package io.opsflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The statistics page, in a Chinese browser logged into Tasklist as an operations engineer: the
 * month's anomalies per CI and per checklist item drawn as bars, with the seeded figures.
 */
class InspectionStatisticsBrowserTest extends InspectionTestBase {

  @Test
  void theChartShowsTheMonthsAnomaliesPerCiAndPerItem() {
    YearMonth month = InspectionStatisticsTest.aMonthOfItsOwn();
    String rack = "rack-" + System.nanoTime();
    InspectionPlans.Plan plan = plan(List.of(rack, "app-server-01"));
    Round first = start(plan, InspectionStatisticsTest.dueIn(month, 5));
    complete(first, "ops-engineer", rows(first, Map.of(
        rack + " key-services", Map.of("status", "anomaly"),
        rack + " disk-space", Map.of("reading", 97),
        "app-server-01 disk-space", Map.of("reading", 91))));
    Round second = start(plan, InspectionStatisticsTest.dueIn(month, 6));
    complete(second, "ops-engineer", rows(second, Map.of(rack + " disk-space", Map.of("reading", 96))));

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.logIntoWebapp("tasklist", "ops-engineer", "demo");
      browser.waitForText("我的任务");
      browser.go("/inspection-statistics.html?month=" + month);

      assertThat(value(browser, "per-ci", rack)).as("an anomaly and two findings").isEqualTo("3");
      assertThat(value(browser, "per-ci", "app-server-01")).isEqualTo("1");
      assertThat(label(browser, "per-ci", "app-server-01")).isEqualTo("Application server 01");
      assertThat(value(browser, "per-item", "disk-space")).isEqualTo("3");
      assertThat(label(browser, "per-item", "disk-space")).as("the item's Chinese half").isEqualTo("磁盘空间使用率(%)");
      assertThat(value(browser, "per-item", "key-services")).isEqualTo("1");
      assertThat(value(browser, "per-item", "config-unchanged")).isEqualTo("0");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("OpsFlow · 巡检统计");
      assertThat(browser.text()).contains("各配置项的异常数", "各检查项的异常数", "逾期巡检").doesNotContain("Anomalies");
      browser.screenshot("inspection-statistics-zh");
    }
  }

  private static String value(Browser browser, String chart, String key) {
    return browser.waitFor(By.cssSelector("#" + chart + " g.bar[data-key='" + key + "'] text.value")).getText();
  }

  private static String label(Browser browser, String chart, String key) {
    return browser.waitFor(By.cssSelector("#" + chart + " g.bar[data-key='" + key + "'] text.label")).getText();
  }
}
