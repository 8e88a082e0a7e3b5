package io.opsflow.inspection;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.inspection.InspectionVariables.*;

import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the inspection tests share: plans of their own (far from due, so that no schedule starts
 * them), a round started as the schedule starts it, and the checklist completed as a person would.
 */
@OpsFlowTest
abstract class InspectionTestBase extends OpsFlowTestBase {

  private static final AtomicInteger PLANS = new AtomicInteger();

  /** Two demo CMDB items (a server, a network device) and a machine room the CMDB does not hold. */
  static final List<String> CIS = List.of("app-server-01", "core-switch-01", "machine-room-09");
  static final List<InspectionPlans.Item> CHECKLIST_ITEMS = List.of(
      new InspectionPlans.Item("disk-space", "Disk space used (%) / 磁盘空间使用率(%)", "%", 100.0),
      new InspectionPlans.Item("key-services", "Key services running / 关键服务运行正常", null, null),
      new InspectionPlans.Item(InspectionIds.CONFIG_UNCHANGED, "Configuration unchanged / 配置与基线一致", null, null));

  @Autowired
  InspectionPlans plans;
  @Autowired
  InspectionRecords records;
  @Autowired
  TicketNumbers numbers;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  /** A plan of its own, due in 2100, listing the CIs. */
  InspectionPlans.Plan plan(List<String> cis) {
    return plan(cis, CHECKLIST_ITEMS);
  }

  /** A plan of its own, due in 2100, listing the CIs, with this checklist. */
  InspectionPlans.Plan plan(List<String> cis, List<InspectionPlans.Item> checklist) {
    InspectionPlans.Plan plan = new InspectionPlans.Plan("test-plan-" + PLANS.incrementAndGet() + "-" + System.nanoTime(),
        "Test round / 测试巡检", null, cis, checklist, "P1D", "PT8H", Roles.OPS_ENGINEER,
        Instant.parse("2100-01-01T00:00:00Z"), true);
    plans.add(plan);
    return plan;
  }

  /** A round of the plan, started as the schedule starts it, waiting for its inspector. */
  Round start(InspectionPlans.Plan plan, Instant dueAt) {
    String number = numbers.next(InspectionIds.PREFIX);
    String id = runtime.startProcessInstanceByKey(InspectionIds.PROCESS, number,
        vars(INSPECTION_NUMBER, number, PLAN_ID, plan.planId(), DUE_AT, dueAt)).getId();
    steps.runJobs(id);
    return new Round(number, id);
  }

  record Round(String number, String id) {
  }

  /** The round's checklist rows with every row ok and each measured item read at 50, then the changes given. */
  List<Map<String, Object>> rows(Round round, Map<String, Map<String, Object>> changes) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> given : steps.variable(round.id(), CHECKLIST)) {
      Map<String, Object> row = new LinkedHashMap<>(given);
      row.put("status", "ok");
      if ("disk-space".equals(row.get("item")) && row.get("reading") == null) {
        row.put("reading", 50);
      }
      row.putAll(changes.getOrDefault(key((String) row.get("ci"), (String) row.get("item")), Map.of()));
      rows.add(row);
    }
    return rows;
  }

  /** The inspector completes the checklist (as a person through Tasklist), then the jobs it leaves run. */
  void complete(Round round, String inspector, List<Map<String, Object>> rows) {
    Task task = steps.task(round.id(), InspectionIds.INSPECT);
    steps.as(inspector, () -> {
      tasks.complete(task.getId(), vars(CHECKLIST, rows));
      return null;
    });
    steps.runJobs(round.id());
  }
}
