package io.opsflow.continuity;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.Tasklist.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.Browser;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A drill walked through Tasklist as people do it: requested on the start form by a DR
 * coordinator, drafted with its window in the date and time fields, approved by the process
 * owner, and one system's failover recorded by an operations engineer.
 */
@OpsFlowTest
class DrillTasklistBrowserTest extends OpsFlowTestBase {

  @Autowired
  ManagementService management;
  @Autowired
  DrPlans plans;
  @Autowired
  RecoveryRecords records;
  @Autowired
  Cmdb cmdb;

  DrPlans.Plan plan;

  @AfterEach
  void retire() {
    ClockUtil.reset();
    if (plan != null) {
      plans.retire(plan.current().id());
    }
  }

  @Test
  void aDrillIsRequestedDraftedApprovedAndFailedOverInTasklist() {
    ClockUtil.reset();
    plan = new ContinuityFixtures(cmdb, plans).plan(60, 15, "P3M", "database");
    String db = plan.current().systems().get(0);
    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2); // the headless browser's zone is UTC

    try (Browser browser = Browser.open(port)) {
      browser.logIntoWebapp("tasklist", "dr-coordinator", "demo");
      openStartForm(browser, "Disaster recovery drill", By.cssSelector("[id$='-Field_PlanId-display']"));
      choose(browser, "PlanId", plan.current().id());
      browser.settle();
      browser.screenshot("drill-start-form");
      browser.click(By.xpath("//button[normalize-space()='Start']"));
    }
    ProcessInstance drill = Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(DrillIds.PROCESS)
        .variableValueEquals(RecoveryVariables.PLAN_ID.name(), plan.current().id()).singleResult());

    work(port, engine, "dr-coordinator", drill.getId(), DrillIds.DRAFT_PLAN, browser -> {
      browser.driver().findElement(field("Participants", "textarea")).sendKeys("Ms Li (DBA), ops-engineer");
      dateTime(browser, "PlannedWindowStart", day, "22:00");
      dateTime(browser, "PlannedWindowEnd", day.plusDays(1), "02:00");
    });
    assertThat(runtime.getVariable(drill.getId(), RecoveryVariables.PLANNED_WINDOW_START.name())).isEqualTo(day + "T22:00+00:00");

    work(port, engine, "process-owner", drill.getId(), DrillIds.APPROVE_PLAN, browser -> pick(browser, "DrillApproved", "Approve the drill"));
    Jobs.runDue(management, drill.getId());
    Instant opens = day.atTime(22, 1).toInstant(ZoneOffset.UTC);
    ClockUtil.setCurrentTime(Date.from(opens));
    Job window = management.createJobQuery().processInstanceId(drill.getId()).activityId(DrillIds.WINDOW_OPENED)
        .singleResult();
    management.executeJob(window.getId());
    ClockUtil.setCurrentTime(Date.from(day.atTime(23, 0).toInstant(ZoneOffset.UTC))); // recorded once recovered

    work(port, engine, "ops-engineer", drill.getId(), DrillIds.EXECUTE_FAILOVER, browser -> {
      dateTime(browser, "FailoverStartedAt", day, "22:10");
      dateTime(browser, "RecoveredAt", day, "22:55");
      browser.driver().findElement(field("DataLossMinutes")).sendKeys("4");
      browser.settle(); // the number field commits after a debounce that re-renders the form
      browser.click(field("Issues", "textarea"));
      browser.driver().findElement(field("Issues", "textarea")).sendKeys("DNS cache held the old address");
    });

    RecoveryRecords.SystemResult result = records.find(drill.getBusinessKey()).orElseThrow().systems().get(0);
    assertThat(result.systemId()).isEqualTo(db);
    assertThat(result.measuredRtoMinutes()).isEqualTo(45);
    assertThat(result.dataLossMinutes()).isEqualTo(4);
    assertThat(result.failoverStartedAt()).isEqualTo(day.atTime(22, 10).toInstant(ZoneOffset.UTC));
    assertThat(result.issues()).isEqualTo("DNS cache held the old address");
  }
}
