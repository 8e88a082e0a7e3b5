package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewIds.*;
import static io.opsflow.servicelevel.ServiceReviewVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.Tasklist;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review in Tasklist as its people meet it: the process owner, in a Chinese browser, reads the
 * verdicts and records the review; an action's owner completes the action with what was done.
 */
class ServiceReviewBrowserTest extends OpsFlowTestBase {

  @Autowired
  ServiceReviewRecords reviews;

  @Test
  void theProcessOwnerReviewsTheMonthAndTheOwnerCompletesTheAction() {
    ProcessSteps steps = new ProcessSteps(engine);
    String number = "SRV-B" + System.nanoTime() % 1_000_000_000_000L;
    reviews.claim(number, "2097-04", null, Instant.now());
    String review = steps.startBefore(PROCESS, number, REVIEW, REVIEW_NUMBER, number, REVIEW_MONTH, "2097-04",
        REPORT_LINK, "http://localhost/api/reports/service-levels?to=2097-04&format=html",
        VERDICTS, "Satisfaction / 满意度: 75.0 %: missed");

    Tasklist.work(port, "zh-CN", engine, "process-owner", review, REVIEW, browser -> {
      assertThat(browser.text()).contains("评审月份", "目标达成情况", "评审记录", "改进措施").doesNotContain("Review notes");
      Tasklist.type(browser, Tasklist.field("ReviewNotes", "textarea"), "满意度未达标,已与经理讨论。");
    });

    assertThat(steps.endedAt(review, CLOSED_WITHOUT_ACTIONS)).isTrue();
    assertThat(reviews.find(number).orElseThrow().reviewNotes()).isEqualTo("满意度未达标,已与经理讨论。");
    assertThat(reviews.find(number).orElseThrow().reviewedBy()).isEqualTo("process-owner");

    String followed = steps.startBefore(PROCESS, number + "F", REVIEW, REVIEW_NUMBER, number, REVIEW_MONTH, "2097-04",
        REPORT_LINK, "http://localhost/api/reports/service-levels?to=2097-04&format=html", VERDICTS, "-");
    steps.complete(followed, REVIEW, REVIEW_NOTES, "One action", IMPROVEMENT_ACTIONS,
        List.of(Map.of("action", "Survey the unhappy reporters", "owner", "incident-manager", "due", "2099-01-31")));

    Tasklist.work(port, engine, "incident-manager", followed, CARRY_OUT_ACTION, browser -> {
      assertThat(browser.text()).contains("Improvement action", "What was done");
      assertThat(browser.waitFor(Tasklist.field("ActionText", "textarea")).getDomProperty("value"))
          .isEqualTo("Survey the unhappy reporters");
      Tasklist.type(browser, Tasklist.field("DoneNote", "textarea"), "Called the five reporters");
    });

    assertThat(steps.endedAt(followed, REVIEW_CLOSED)).isTrue();
    assertThat(reviews.actions(number)).singleElement()
        .satisfies(a -> assertThat(a.doneNote()).isEqualTo("Called the five reporters"));
  }
}
