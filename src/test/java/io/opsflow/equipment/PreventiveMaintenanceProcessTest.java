package io.opsflow.equipment;

import static io.opsflow.equipment.MaintenanceIds.*;
import static io.opsflow.equipment.MaintenanceVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.identity.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PreventiveMaintenance and its schedule (MaintenanceSchedule): the schedule starts each plan's due maintenance once
 * (MNT-year-n), even when two nodes claim it at the same moment; the owner group records the
 * checklist, a finding opens an equipment repair for that item, and the review keeps the plan or
 * adjusts it into a new version, while the maintenance keeps the version it ran. The schedule's tests
 * keep a calendar of their own, in 2002, before any plan the shared database holds falls due.
 */
class PreventiveMaintenanceProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);
  @RegisterExtension
  static FlowNodeCoverage scheduleCoverage = new FlowNodeCoverage(SCHEDULE);

  @Autowired
  MaintenancePlans plans;
  @Autowired
  MaintenanceRecords records;
  @Autowired
  RepairRecords repairs;
  @Autowired
  Cmdb cmdb;

  ProcessSteps steps;
  ManagementService management;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
    management = engine.getManagementService();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theScheduleStartsEachDueMaintenanceOnceAndAFindingOpensARepairAndTheReviewAdjustsThePlan() {
    String server = TestItems.create(cmdb, "srv-mnt", "server", "low");
    MaintenancePlans.Plan plan = plan(server, "2002-01-01T01:00:00Z");
    clock("2002-01-01T02:00:00Z");

    fireSchedule();
    List<ProcessInstance> started = maintenances(plan);
    assertThat(started).hasSize(1);
    assertThat(plans.find(plan.planId()).orElseThrow().nextDueAt()).as("the next one a month on")
        .isEqualTo(Instant.parse("2002-02-01T01:00:00Z"));
    assertThat(fireSchedule()).as("a second check the same hour starts none again").contains(NONE_DUE);
    assertThat(maintenances(plan)).hasSize(1);

    String pid = started.get(0).getId();
    String number = started.get(0).getBusinessKey();
    coverage.track(pid);
    steps.runJobs(pid);
    assertThat(number).matches("MNT-\\d{4}-\\d{6}");
    assertThat(steps.candidateGroups(steps.task(pid, CARRY_OUT))).containsExactly(Roles.EQUIPMENT_MAINTAINER);
    List<Map<String, Object>> rows = steps.variable(pid, CHECKLIST);
    assertThat(rows).extracting(row -> row.get("itemName")).containsExactly("Clean the fans / 清洁风扇", "Check the UPS / 检查UPS");

    List<Map<String, Object>> filled = fill(rows, "finding");
    filled.get(0).remove("note");
    assertThatThrownBy(() -> steps.complete(pid, CARRY_OUT, CHECKLIST, filled)).as("a finding without its note")
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("checklist[0].note");
    filled.get(0).put("note", "Fan bearing grinds / 风扇轴承异响");
    steps.complete(pid, CARRY_OUT, CHECKLIST, filled, PARTS_USED, "Grease 10 g", READINGS, "Inlet 24 °C");

    List<String> repairNumbers = steps.variable(pid, REPAIR_NUMBERS);
    assertThat(repairNumbers).hasSize(1);
    assertThat(repairs.find(repairNumbers.get(0)).orElseThrow().equipmentCi()).as("a repair of that item").isEqualTo(server);

    assertThatThrownBy(() -> steps.complete(pid, REVIEW, FEEDBACK, "Fans wear fast", ADJUST_PLAN, true,
        ADJUSTED_CYCLE, "weekly", ADJUSTED_CHECKLIST, "Clean the fans")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("adjustedCycle");
    steps.complete(pid, REVIEW, FEEDBACK, "Fans wear fast / 风扇磨损快", ADJUST_PLAN, true, ADJUSTED_CYCLE, "quarterly",
        ADJUSTED_CHECKLIST, "Clean the fans / 清洁风扇\nCheck the UPS / 检查UPS\nOil the fan bearings / 风扇轴承上油");
    steps.runJobs(pid);

    assertThat(steps.endedAt(pid, CLOSED)).isTrue();
    MaintenancePlans.Plan adjusted = plans.find(plan.planId()).orElseThrow();
    assertThat(adjusted.version()).isEqualTo(2);
    assertThat(adjusted.cycle()).isEqualTo("quarterly");
    assertThat(adjusted.checklist()).hasSize(3);
    assertThat(adjusted.nextDueAt()).as("the schedule's time kept").isEqualTo(Instant.parse("2002-02-01T01:00:00Z"));
    assertThat(plans.versions(plan.planId())).extracting(v -> v.plan().version()).containsExactly(1, 2);
    assertThat(plans.versions(plan.planId()).get(0).plan().cycle()).as("the previous version kept").isEqualTo("monthly");
    MaintenanceRecords.Maintenance record = records.find(number).orElseThrow();
    assertThat(record.planVersion()).as("the version it ran").isEqualTo(1);
    assertThat(record.repairs()).isEqualTo(repairNumbers.get(0));
    assertThat(record.partsUsed()).isEqualTo("Grease 10 g");
    assertThat(record.planAdjusted()).isTrue();
  }

  @Test
  void aMaintenanceWithoutFindingsKeepsThePlan() {
    String server = TestItems.create(cmdb, "srv-mnt", "server", "low");
    MaintenancePlans.Plan plan = plan(server, "2002-05-01T01:00:00Z");
    String number = "MNT-2002-" + String.format("%06d", System.nanoTime() % 1_000_000);
    String pid = runtime.startProcessInstanceByKey(PROCESS, number, ProcessSteps.vars(MAINTENANCE_NUMBER, number,
        PLAN_ID, plan.planId(), DUE_AT, plan.nextDueAt())).getId();
    coverage.track(pid);
    steps.runJobs(pid);

    steps.complete(pid, CARRY_OUT, CHECKLIST, fill(steps.variable(pid, CHECKLIST), "ok"));
    assertThat(steps.waitingAt(pid)).as("no repair").containsExactly(REVIEW);
    steps.complete(pid, REVIEW, FEEDBACK, "All fine / 一切正常", ADJUST_PLAN, false);
    steps.runJobs(pid);

    assertThat(steps.endedAt(pid, CLOSED)).isTrue();
    assertThat(plans.find(plan.planId()).orElseThrow().version()).isEqualTo(1);
    assertThat(records.find(number).orElseThrow().planAdjusted()).isFalse();
  }

  @Test
  void twoNodesClaimingTheSameDueMaintenanceAtOnceStartItOnce() throws Exception {
    MaintenancePlans.Plan plan = plan(TestItems.create(cmdb, "srv-mnt", "server", "low"), "2002-09-01T01:00:00Z");
    Instant now = Instant.parse("2002-09-01T02:00:00Z");
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    Callable<Optional<Instant>> claim = () -> {
      ready.countDown();
      go.await();
      return plans.claimDue(plan.planId(), now, now);
    };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Optional<Instant>>> claims = new ArrayList<>(List.of(nodes.submit(claim), nodes.submit(claim)));
      ready.await();
      go.countDown();
      List<Optional<Instant>> results = new ArrayList<>();
      for (Future<Optional<Instant>> result : claims) {
        results.add(result.get());
      }
      assertThat(results.stream().filter(Optional::isPresent).count()).as("one claim wins").isEqualTo(1);
    } finally {
      nodes.shutdownNow();
    }
    clock("2002-09-01T02:00:00Z");
    fireSchedule();
    assertThat(maintenances(plan)).as("the claimed maintenance is not started again").isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  private MaintenancePlans.Plan plan(String ci, String due) {
    MaintenancePlans.Plan plan = new MaintenancePlans.Plan("mnt-test-" + System.nanoTime(), 1, "Server care / 服务器保养",
        null, ci, "monthly", List.of(new MaintenancePlans.Item("fans", "Clean the fans / 清洁风扇"),
            new MaintenancePlans.Item("ups", "Check the UPS / 检查UPS")), List.of(new MaintenancePlans.Part("Grease", 10)),
        Roles.EQUIPMENT_MAINTAINER, Instant.parse(due), true);
    plans.add(plan, "test");
    return plan;
  }

  private static List<Map<String, Object>> fill(List<Map<String, Object>> rows, String firstStatus) {
    List<Map<String, Object>> filled = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Map<String, Object> copy = new java.util.HashMap<>(row);
      copy.put("status", filled.isEmpty() ? firstStatus : "ok");
      copy.put("note", filled.isEmpty() && firstStatus.equals("finding") ? "Fan bearing grinds / 风扇轴承异响" : null);
      filled.add(copy);
    }
    return filled;
  }

  private List<ProcessInstance> maintenances(MaintenancePlans.Plan plan) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(PLAN_ID.name(), plan.planId()).list();
  }

  /** Fires the schedule's check at the engine's clock, runs what it started, and answers where it went. */
  private List<String> fireSchedule() {
    List<String> before = checks();
    management.executeJob(management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(CHECK_DUE)
        .singleResult().getId());
    String check = checks().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    scheduleCoverage.track(check);
    steps.runJobs(check);
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(check).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  private List<String> checks() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }

  private static void clock(String at) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
  }
}
