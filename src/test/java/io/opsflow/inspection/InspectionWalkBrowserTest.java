package io.opsflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.Tasklist;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An operations engineer works a server round in Tasklist, in Chinese: a row per checklist item
 * of the server, each judged ok or anomaly; the disk reading typed in; the anomaly noted. The
 * round then opens an incident for the anomaly.
 */
class InspectionWalkBrowserTest extends InspectionTestBase {

  @Test
  void anEngineerWorksAServerRoundRowByRowInTasklist() {
    Round round = start(plan(List.of("app-server-01")), Instant.now());

    Tasklist.work(port, "zh-CN", engine, "ops-engineer", round.id(), InspectionIds.INSPECT, browser -> {
      assertThat(browser.text()).contains("检查单", "结果", "正常", "异常").doesNotContain("Checklist");
      browser.settle();
      assertThat(((JavascriptExecutor) browser.driver()).executeScript(
          "return [...document.querySelectorAll(\"input[id*='Field_RowItemName']\")].map(i => i.value)"))
          .as("the rows' item names, in Chinese").asList()
          .containsExactly("磁盘空间使用率(%)", "关键服务运行正常", "配置与基线一致");
      choose(browser, 0, "正常");
      browser.driver().findElement(By.cssSelector("input[id*='Field_RowReading'][id$='_0'], input[id*='-Field_RowReading_0']"))
          .sendKeys("72");
      choose(browser, 1, "异常");
      browser.driver().findElement(By.cssSelector("input[id*='Field_RowNote'][id$='_1'], input[id*='-Field_RowNote_1']"))
          .sendKeys("nginx 已停止");
      choose(browser, 2, "正常");
      browser.screenshot("inspection-checklist-zh");
    });

    assertThat(steps.endedAt(round.id(), InspectionIds.INCIDENTS_OPENED)).isTrue();
    InspectionRecords.Reading disk = records.reading(round.number(), "app-server-01", "disk-space").orElseThrow();
    assertThat(disk.reading()).isEqualByComparingTo("72");
    assertThat(records.reading(round.number(), "app-server-01", "key-services").orElseThrow().incidentNumber())
        .as("the anomaly's incident").startsWith("INC-");
  }

  /** Picks the row's finding by its label ("正常", "异常"), as a click on its radio does. */
  private static void choose(Browser browser, int row, String label) {
    Object picked = ((JavascriptExecutor) browser.driver()).executeScript("""
        const groups = new Map();
        for (const radio of document.querySelectorAll("input[type=radio][id*='Field_RowStatus']")) {
          const group = radio.id.replace(/-\\d+$/, '');
          if (!groups.has(group)) { groups.set(group, []); }
          groups.get(group).push(radio);
        }
        const radios = [...groups.values()][arguments[0]] || [];
        const wanted = radios.find(r => {
          const text = (r.closest('label') || document.querySelector("label[for='" + r.id + "']") || {}).textContent || '';
          return text.trim().startsWith(arguments[1]);
        });
        if (!wanted) { return [...groups.keys()].join(' ') + ' / ' + radios.length; }
        wanted.scrollIntoView({block: 'center'});
        wanted.click();
        return true;""", row, label);
    assertThat(picked).as("row " + row + " offers " + label).isEqualTo(true);
    browser.settle();
  }
}
