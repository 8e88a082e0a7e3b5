package io.opsflow.governance;

import static io.opsflow.Tasklist.dateTime;
import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.openStartForm;
import static io.opsflow.Tasklist.pick;
import static io.opsflow.Tasklist.search;
import static io.opsflow.Tasklist.tick;
import static io.opsflow.Tasklist.work;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Browser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A policy in Tasklist as its people meet it, every browser preferring Chinese: the process owner
 * starts it choosing the affected group, the author and the reviewer; the author drafts it, the
 * reviewer approves it, the process owner approves it with its effective date, and a member of the
 * affected group acknowledges having read it.
 */
class PolicyWalkBrowserTest extends PolicyTestBase {

  private static final String ZH = "zh-CN";

  @Test
  void aPolicyIsDraftedReviewedApprovedAndAcknowledgedInChinese() {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1); // the headless browser's zone is UTC
    String title = "机房出入管理制度 " + System.nanoTime();
    String number;
    try (Browser browser = Browser.open(port, ZH)) {
      browser.logIntoWebapp("tasklist", "process-owner", "demo");
      openStartForm(browser, "启动流程", "制度修订", field("Title"));
      assertThat(browser.text()).contains("标题", "目标和范围", "适用的人员组", "起草人", "审核人", "文档")
          .doesNotContain("Goals and scope", "Affected groups");
      browser.waitFor(field("Title")).sendKeys(title);
      browser.driver().findElement(field("GoalsAndScope", "textarea")).sendKeys("保障机房安全;适用于所有机房");
      search(browser, "Author", "knowledge-manager", "(knowledge-manager)");
      search(browser, "AffectedGroups", "equipment-maintainer", "(equipment-maintainer)");
      closeList(browser);
      search(browser, "Reviewers", "change-manager", "(change-manager)");
      closeList(browser);
      browser.settle();
      browser.screenshot("zh-policy-start-form");
      browser.click(By.xpath("//button[normalize-space()='启动']"));
      number = browser.waitFor(By.cssSelector(".opsflow-started-number")).getText();
    }
    assertThat(number).matches("POL-\\d{4}-\\d{6}");
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();

    work(port, ZH, engine, AUTHOR_ID, instance, PolicyRevisionIds.DRAFT, browser -> {
      assertThat(browser.text()).contains("起草制度", "参考依据", "制度正文", "文档").doesNotContain("Policy text");
      browser.driver().findElement(field("References", "textarea")).sendKeys("GB 50174 数据中心设计规范");
      browser.driver().findElement(field("PolicyText", "textarea")).sendKeys("仅名单内人员可进入机房,访客须陪同。");
    });
    work(port, ZH, engine, "change-manager", instance, PolicyRevisionIds.REVIEW, browser -> {
      assertThat(browser.text()).contains("审核草稿", "是否同意此草稿?").doesNotContain("Review the draft");
      assertThat(browser.driver().findElement(field("PolicyText", "textarea")).getAttribute("value"))
          .isEqualTo("仅名单内人员可进入机房,访客须陪同。");
      pick(browser, "ReviewApproved", "是");
    });
    work(port, ZH, engine, "process-owner", instance, PolicyRevisionIds.APPROVE, browser -> {
      assertThat(browser.text()).contains("批准制度", "是否批准此制度?", "审核意见").doesNotContain("Approve the policy");
      pick(browser, "PolicyApproved", "是");
      dateTime(browser, "EffectiveFrom", tomorrow, "09:00");
    });
    work(port, ZH, engine, "equipment-maintainer", instance, PolicyRevisionIds.ACKNOWLEDGE, browser -> {
      assertThat(browser.text()).contains("确认已阅读制度", "我已阅读并将遵守此制度", "请阅读以上制度正文及其文档")
          .doesNotContain("Acknowledge the policy", "Read the policy above");
      assertThat(browser.driver().findElement(field("PolicyText", "textarea")).getAttribute("value"))
          .isEqualTo("仅名单内人员可进入机房,访客须陪同。");
      tick(browser, "ReadAndUnderstood");
    });

    PolicyRecords.Policy published = records.find(number).orElseThrow();
    assertThat(published.title()).isEqualTo(title);
    assertThat(published.version()).isEqualTo(1);
    assertThat(published.effectiveFrom()).isEqualTo(tomorrow.atTime(9, 0).toInstant(ZoneOffset.UTC));
    assertThat(records.acknowledgements(number, 1)).filteredOn(a -> a.userId().equals("equipment-maintainer"))
        .singleElement().satisfies(a -> assertThat(a.acknowledgedAt()).isNotNull());
    assertThat(steps.tasks(instance)).as("the group's other members still to acknowledge").isNotEmpty();
    runtime.deleteProcessInstance(instance, "test done");
  }

  /** A tag list's options stay open after a pick; a person leaves the field with Tab. */
  private static void closeList(Browser browser) {
    browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
    browser.settle();
  }
}
