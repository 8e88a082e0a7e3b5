package io.opsflow.oncall;

import static io.opsflow.Tasklist.field;
import static io.opsflow.Tasklist.pick;
import static io.opsflow.Tasklist.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.Tasklist;
import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentVariables;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The person on duty, paged at night for a P1, finds the incident's task offered to them in
 * Tasklist, claims it (which acknowledges the page) and resolves it there: nobody further is paged.
 * Team support-l2-network, a rota of its own in 2100 (its demo user on duty all night).
 */
@OpsFlowTest
class OnCallPagingBrowserTest extends OpsFlowTestBase {

  static final String TEAM = Roles.SUPPORT_L2_NETWORK;

  @Autowired
  OnCallRota rota;
  @Autowired
  TicketNumbers numbers;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void thePersonOnDutyResolvesThePagedIncidentInTasklist() {
    Instant evening = OffsetDateTime.parse("2100-07-05T18:00+08:00").toInstant();
    rota.replace(TEAM, List.of(new OnCallRota.Shift(null, TEAM, TEAM, evening, evening.plus(Duration.ofHours(15)),
        false, null)), evening);
    Instant night = evening.plus(Duration.ofHours(5));
    ClockUtil.setCurrentTime(Date.from(night));
    ProcessSteps steps = new ProcessSteps(engine);
    String number = numbers.next(IncidentIds.PREFIX);
    Date later = Date.from(night.plus(Duration.ofHours(1)));
    String incident = steps.startBefore(IncidentIds.PROCESS, number, IncidentIds.RESOLVE_AT_TIER,
        IncidentVariables.INCIDENT_NUMBER.name(), number, IncidentVariables.PRIORITY.name(), "P1",
        IncidentVariables.SUMMARY.name(), "Core switch down in building B", IncidentVariables.TIER_GROUP.name(), TEAM,
        IncidentVariables.CURRENT_TIER.name(), Roles.SUPPORT_L2, IncidentVariables.TIER_ENTRIES.name(), 1,
        IncidentVariables.TIER_DUE.name(), later, IncidentVariables.TIER_WARNING_AT.name(), later,
        IncidentVariables.RESOLUTION_DUE.name(), later);
    String page = runtime.createProcessInstanceQuery().processDefinitionKey(OnCallIds.PAGING)
        .variableValueEquals(PagingVariables.INCIDENT_NUMBER.name(), number).singleResult().getId();
    steps.runJobs(page);
    org.camunda.bpm.engine.task.Task tierTask = steps.task(incident, IncidentIds.RESOLVE_AT_TIER);
    assertThat(tierTask.getAssignee()).as("offered, not assigned: Tasklist's Claim acknowledges").isNull();
    assertThat(tasks.getIdentityLinksForTask(tierTask.getId())).as("the person paged is a candidate")
        .anySatisfy(link -> assertThat(link.getUserId()).isEqualTo(TEAM));

    Tasklist.work(port, engine, TEAM, incident, IncidentIds.RESOLVE_AT_TIER, browser -> {
      assertThat(browser.text()).contains("Resolve incident").doesNotContain("解决事件");
      pick(browser, "Escalate", "Resolved here");
      type(browser, field("ResolutionNotes", "textarea"), "Power cycled the core switch; links are back");
      type(browser, field("FaultCause", "textarea"), "Switch hung after a firmware fault");
      type(browser, field("PreventiveMeasures", "textarea"), "Firmware upgrade planned as a change");
    });

    assertThat(steps.endedAt(page, OnCallIds.PAGE_ACKNOWLEDGED)).isTrue();
    assertThat(steps.historicVariable(page, PagingVariables.ACKNOWLEDGED_BY)).isEqualTo(TEAM);
  }
}
