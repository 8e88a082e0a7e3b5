package io.opsflow.oncall;

import static io.opsflow.Tasklist.dateTime;
import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.search;
import static io.opsflow.Tasklist.tick;
import static io.opsflow.Tasklist.work;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Browser;
import io.opsflow.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A shift handed over in Tasklist, in Chinese: the outgoing L1 engineer starts the handover from
 * the start form (team, people and the shift's times picked, nobody typing an id), reads the
 * shift's summary and writes the operations, the system state and the open points; the incoming
 * person acknowledges it; the duty log then finds it by a Chinese word.
 */
class HandoverWalkBrowserTest extends HandoverTestBase {

  private static final String ZH = "zh-CN";

  @Test
  void aShiftIsHandedOverAndAcknowledgedInChinese() {
    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1); // the headless browser's zone is UTC
    String state = "核心交换机风扇告警已消除 " + System.nanoTime();
    String number;
    try (Browser browser = Browser.open(port, ZH)) {
      browser.logIntoWebapp("tasklist", "support-l1", "demo");
      openStartForm(browser, "启动流程", "交接班", field("Team"));
      assertThat(browser.text()).contains("值班组", "交班人", "接班人", "班次开始", "班次结束")
          .doesNotContain("Team on duty", "Outgoing person");
      search(browser, "Team", "support-l1", "(support-l1)");
      search(browser, "Outgoing", "support-l1", "(support-l1)");
      search(browser, "Incoming", "demo", "(demo) (demo)"); // every demo user is "Name (demo)"
      dateTime(browser, "ShiftStart", day, "08:00");
      dateTime(browser, "ShiftEnd", day, "20:00");
      browser.settle();
      browser.screenshot("zh-handover-start-form");
      browser.click(By.xpath("//button[normalize-space()='启动']"));
      number = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
    }
    assertThat(number).matches("HOV-\\d{4}-\\d{6}");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

    work(port, ZH, engine, "support-l1", instance, HandoverIds.WRITE, browser -> {
      assertThat(browser.text()).contains("填写交接班记录", "本班情况汇总", "新开事件", "操作记录", "系统状态",
          "待下一班跟进的事项").doesNotContain("Operations done", "System state")
          .as("the task list's times in Chinese, also when it was drawn before Tasklist's Chinese date texts")
          .doesNotContainPattern("\\b(ago|in a few seconds)\\b").containsPattern("(几秒|\\d+ (分钟|小时))前");
      assertThat(browser.driver().findElement(field("ShiftSummary", "textarea")).getAttribute("value"))
          .startsWith("Shift / 班次: ").contains("Incidents opened / 本班新开事件");
      browser.click(By.xpath("//button[normalize-space()='完成']"));
      browser.waitForText("此项为必填项。"); // the form's own check, in Chinese
      browser.driver().findElement(field("OperationsDone", "textarea")).sendKeys("03:10 重启了 app-server-01 上的 nginx");
      browser.driver().findElement(field("SystemState", "textarea")).sendKeys(state);
      browser.driver().findElement(field("OpenPoints", "textarea")).sendKeys("跟进客户关系管理系统登录缓慢");
    });
    work(port, ZH, engine, "demo", instance, HandoverIds.ACKNOWLEDGE, browser -> {
      assertThat(browser.text()).contains("确认接班", "我确认按上述交接内容接班", "备注")
          .doesNotContain("Acknowledge the handover");
      tick(browser, "Acknowledged");
      browser.driver().findElement(field("Remarks", "textarea")).sendKeys("已接班");
    });

    assertThat(steps.endedAt(instance, HandoverIds.TAKEN_OVER)).isTrue();
    DutyLogRecords.Entry entry = log.find(number).orElseThrow();
    assertThat(entry.systemState()).isEqualTo(state);
    assertThat(entry.acknowledgedBy()).isEqualTo("demo");
    assertThat(entry.shiftStart()).isEqualTo(day.atTime(8, 0).toInstant(ZoneOffset.UTC));
    JsonNode found = new Http(port).as("incident-manager", "demo").get("/api/oncall/log?from=" + day + "&to=" + day
        + "&q=" + URLEncoder.encode(state, StandardCharsets.UTF_8)).json();
    assertThat(found.get("handovers").get(0).get("handoverNumber").asText()).isEqualTo(number);
  }
}
