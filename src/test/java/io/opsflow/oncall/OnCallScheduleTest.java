package io.opsflow.oncall;

import static io.opsflow.oncall.OnCallIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OnCallSchedule: at each shift's end it sends ShiftEnded once (team, outgoing, incoming,
 * shiftStart, shiftEnd as Dates), also when a second check or node looks, and nothing for a period
 * uncovered on purpose. Where no handover model is deployed yet, a stand-in receives the message.
 * The shifts are of team support-l2-database in a far year of this run's own, on a clock of the test's own.
 */
@OpsFlowTest
class OnCallScheduleTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(SCHEDULE);

  static final String TEAM = Roles.SUPPORT_L2_DATABASE;
  /** This run's year for the shifts written below in 2001 (see {@link #at}). */
  static final int YEAR = 2200 + new java.util.Random().nextInt(700);

  @Autowired
  OnCallRota rota;

  private ManagementService management;
  private HistoryService history;
  private ProcessSteps steps;
  private Deployment standIn;

  @BeforeEach
  void services() {
    management = engine.getManagementService();
    history = engine.getHistoryService();
    steps = new ProcessSteps(engine);
    boolean received = runtime.createEventSubscriptionQuery().eventType("message").eventName(SHIFT_ENDED_MESSAGE).list()
        .stream().anyMatch(s -> s.getProcessInstanceId() == null);
    if (!received) {
      standIn = engine.getRepositoryService().createDeployment().name("OnCallHandoverStandIn")
          .addModelInstance("OnCallHandoverStandIn.bpmn", Bpmn.createExecutableProcess("OnCallHandoverStandIn")
              .camundaHistoryTimeToLive(1).startEvent().message(SHIFT_ENDED_MESSAGE).endEvent().done())
          .deploy();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (standIn != null) {
      engine.getRepositoryService().deleteDeployment(standIn.getId(), true, true);
    }
  }

  @Test
  void eachEndedShiftIsHandedOverOnceToWhoeverIsOnDutyNext() {
    Instant dayStart = at("2001-01-01T01:00:00Z");
    Instant night = at("2001-01-01T10:00:00Z");
    Instant morning = at("2001-01-02T01:00:00Z");
    Instant afternoon = at("2001-01-02T05:00:00Z");
    rota.replace(TEAM, List.of(
        new OnCallRota.Shift(null, TEAM, "support-l2-database", dayStart, night, false, null),
        new OnCallRota.Shift(null, TEAM, "demo", night, morning, false, null),
        new OnCallRota.Shift(null, TEAM, null, morning, afternoon, true, null)), Instant.parse("2000-12-31T00:00:00Z"));

    clock("2001-01-01T10:03:00Z");
    assertThat(fire()).contains(HANDOVERS_STARTED);

    Map<String, Object> day = handover(night);
    assertThat(day).containsEntry("team", TEAM).containsEntry("outgoing", "support-l2-database")
        .containsEntry("incoming", "demo").containsEntry("shiftStart", Date.from(dayStart))
        .containsEntry("shiftEnd", Date.from(night));
    assertThat(fire()).as("a second check: the day shift is handed over already").contains(NO_SHIFT_ENDED);
    assertThat(handovers(night)).hasSize(1);

    clock("2001-01-02T06:00:00Z");
    fire();

    Map<String, Object> nightShift = handover(morning);
    assertThat(nightShift).containsEntry("outgoing", "demo").containsEntry("shiftEnd", Date.from(morning));
    assertThat(nightShift.get("incoming")).as("the morning is uncovered on purpose").isNull();
    assertThat(handovers(afternoon)).as("nobody was on duty: nothing to hand over").isEmpty();
    assertThat(rota.find(rota.at(TEAM, at("2001-01-02T02:00:00Z")).orElseThrow().shiftId()).orElseThrow()
        .handoverStartedAt()).as("claimed all the same").isNotNull();
  }

  @Test
  void aShiftClaimedSinceTheCheckLookedIsNotHandedOverTwice() {
    Instant start = at("2001-02-01T01:00:00Z");
    Instant end = at("2001-02-01T10:00:00Z");
    OnCallRota.Shift shift = rota.replace(TEAM, List.of(new OnCallRota.Shift(null, TEAM, "demo", start, end, false, null)),
        Instant.parse("2000-12-31T00:00:00Z")).get(0);
    clock("2001-02-01T10:01:00Z");
    List<String> before = checks();
    management.executeJob(checkTimer().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);

    // another node's check claims the handover before this one's start job runs
    assertThat(rota.claimHandover(shift.shiftId(), end)).isTrue();
    steps.runJobs(check);

    assertThat(handovers(end)).as("the other node hands it over; this check leaves it").isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(check).count()).as("the check ended").isZero();
  }

  @Test
  void aLongShiftAndTheSamePersonAgainAreHandedOverAndARefusedStartDoesNotFailTheCheck() {
    Instant start = at("2001-03-01T01:00:00Z");
    Instant end = start.plus(java.time.Duration.ofHours(30));
    Instant next = end.plus(java.time.Duration.ofHours(12));
    Instant tooLong = next.plus(java.time.Duration.ofDays(8));
    rota.replace(TEAM, List.of(
        new OnCallRota.Shift(null, TEAM, "demo", start, end, false, null),
        new OnCallRota.Shift(null, TEAM, "demo", end, next, false, null),
        // written past the API's rules (as by an older version): the handover refuses a shift of 8 days
        new OnCallRota.Shift(null, TEAM, "support-l2-database", next, tooLong, false, null)),
        Instant.parse("2000-12-31T00:00:00Z"));

    clock("2001-03-02T07:03:00Z");
    fire();
    Map<String, Object> longShift = handover(end);
    assertThat(longShift).containsEntry("outgoing", "demo").containsEntry("shiftStart", Date.from(start));
    assertThat(longShift.get("incoming")).as("demo again: the team acknowledges").isNull();

    clock("2001-03-11T01:03:00Z");
    assertThat(fire()).as("the refused start does not fail the check").contains(HANDOVERS_STARTED);
    assertThat(management.createJobQuery().processDefinitionKey(SCHEDULE).withException().count()).isZero();
    assertThat(handovers(tooLong)).as("refused: nothing started").isEmpty();
    String refused = rota.at(TEAM, next).orElseThrow().shiftId();
    assertThat(rota.find(refused).orElseThrow().handoverStartedAt()).as("claimed: never tried again").isNotNull();
    assertThat(fire()).as("the next check finds nothing left").contains(NO_SHIFT_ENDED);
  }

  // --- helpers --------------------------------------------------------------------------------

  /** The variables of the one handover started for the shift that ended then. */
  private Map<String, Object> handover(Instant shiftEnd) {
    List<String> started = handovers(shiftEnd);
    assertThat(started).hasSize(1);
    return history.createHistoricVariableInstanceQuery().processInstanceId(started.get(0)).list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
  }

  /** Handovers started for the team's shift that ended then. */
  private List<String> handovers(Instant shiftEnd) {
    return history.createHistoricVariableInstanceQuery().variableValueEquals("shiftEnd", Date.from(shiftEnd)).list()
        .stream().filter(v -> "shiftEnd".equals(v.getName()))
        .filter(v -> TEAM.equals(history.createHistoricVariableInstanceQuery().processInstanceId(v.getProcessInstanceId())
            .variableName("team").singleResult().getValue()))
        .map(HistoricVariableInstance::getProcessInstanceId).distinct().toList();
  }

  /** Fires the check at the engine's clock, runs what it started, and answers where it went. */
  private List<String> fire() {
    List<String> before = checks();
    management.executeJob(checkTimer().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(check);
    steps.runJobs(check);
    return history.createHistoricActivityInstanceQuery().processInstanceId(check).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  private List<String> checks() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private Job checkTimer() {
    return management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(CHECK_DUE).singleResult();
  }

  private static void clock(String time) {
    ClockUtil.setCurrentTime(Date.from(at(time)));
  }

  /**
   * A time written in 2001, moved to this run's year: a test database kept from an earlier run
   * (H2 under target/, a developer's PostgreSQL) holds that run's shifts and handovers, which this
   * run's must not meet.
   */
  private static Instant at(String time) {
    return Instant.parse(time.replace("2001-", YEAR + "-"));
  }
}
