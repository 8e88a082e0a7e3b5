package io.opsflow.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.Tasklist;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A department's stock-take counted in Chinese in Tasklist: the counter sees the assets expected
 * with their asset numbers and locations, in Chinese, marks one found and one damaged, and the
 * report counts them.
 */
class AssetStockTakeChineseWalkBrowserTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;
  @Autowired
  StockTakeIntake intake;
  @Autowired
  StockTakes stockTakes;

  @Test
  void aDepartmentsAssetsAreCountedInChinese() {
    String department = "财务部-" + System.nanoTime();
    String first = asset(department, "财务部办公室3楼");
    String second = asset(department, "财务部办公室3楼");
    StockTakeIntake.Opened opened = new ProcessSteps(engine).as("config-manager",
        () -> intake.open(new StockTakeIntake.Request(department, null)));

    Tasklist.work(port, "zh-CN", engine, "equipment-maintainer", opened.processInstanceId(), StockTakeIds.COUNT, browser -> {
      assertThat(browser.text()).contains("清点资产", "盘点单", "资产编号", "盘点结果", "在位", "损坏")
          .doesNotContain("Asset number", "Count assets");
      assertThat(((JavascriptExecutor) browser.driver()).executeScript(
          "return [...document.querySelectorAll(\"input[id*='Field_RowAssetNumber']\")].map(i => i.value)"))
          .as("the assets expected, by asset number").asList().containsExactlyInAnyOrder("ZH-" + first, "ZH-" + second);
      choose(browser, 0, "在位");
      choose(browser, 1, "损坏");
    });

    assertThat(new ProcessSteps(engine).endedAt(opened.processInstanceId(), StockTakeIds.REPORTED)).isTrue();
    StockTakes.StockTake done = stockTakes.find(opened.stockTakeNumber()).orElseThrow();
    assertThat(done.items()).extracting(StockTakes.Item::ci).containsExactlyInAnyOrder(first, second);
    assertThat(done.items()).extracting(StockTakes.Item::result).containsExactlyInAnyOrder("found", "damaged");
    assertThat(done.report()).contains("\"damaged\":1", "\"found\":1");
  }

  private String asset(String department, String location) {
    String id = TestItems.create(cmdb, "srv-zh-stk", "server", "low");
    cmdb.setAsset(id, new Cmdb.Asset(id, "ZH-" + id, department, location, "equipment-maintainer",
        LocalDate.now().minusYears(1), null), new Cmdb.Author("test", null));
    return id;
  }

  /** Picks the row's result by its label ("在位", "损坏"), as a click on its radio does. */
  private static void choose(Browser browser, int row, String label) {
    Object picked = ((JavascriptExecutor) browser.driver()).executeScript("""
        const groups = new Map();
        for (const radio of document.querySelectorAll("input[type=radio][id*='Field_RowResult']")) {
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
