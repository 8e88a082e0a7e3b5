package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairIds.*;
import static io.opsflow.equipment.EquipmentRepairVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.problem.ProblemIds;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EquipmentRepair, path by path, on the real application: repaired in house without parts, a part
 * ordered, approved and awaited, a rejected purchase planned again, the vendor's repair, a failed
 * test repaired again, priorities from the CMDB's impact analysis, repeated faults of one item
 * raising a problem, and the input rules of the tasks. Every flow node is reached.
 */
class EquipmentRepairProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RepairIntake intake;
  @Autowired
  RepairRecords records;
  @Autowired
  Cmdb cmdb;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  record Opened(String number, String pid) {
  }

  Opened report(String equipment, String model, Duration ago) {
    RepairIntake.Opened opened = steps.as("requester", () -> intake.open(new RepairRequest(equipment, model,
        "The fan grinds and the unit switches off / 风扇异响后设备关机", EngineClock.now().minus(ago).toString())));
    coverage.track(opened.processInstanceId());
    steps.runJobs(opened.processInstanceId());
    return new Opened(opened.repairNumber(), opened.processInstanceId());
  }

  Opened report(String equipment) {
    return report(equipment, "Model " + UUID.randomUUID(), Duration.ofHours(1));
  }

  void classify(Opened repair, String faultClass, boolean spare) {
    steps.complete(repair.pid(), CLASSIFY, FAULT_CLASS, faultClass, SPARE_IN_PLACE, spare);
  }

  void plan(Opened repair, String by, String part, Integer quantity) {
    steps.complete(repair.pid(), PLAN, REPAIR_STEPS, "Open the case; replace the fan; close it", SPARE_PARTS,
        "Fan 80 mm", TOOLS, "Screwdriver", ESTIMATED_HOURS, 1.5, REPAIR_BY, by, ORDER_PARTS, part != null,
        PART_TO_ORDER, part, ORDER_QUANTITY, quantity);
  }

  void testAndRecord(Opened repair) {
    steps.complete(repair.pid(), TEST, TEST_PASSED, true);
    steps.complete(repair.pid(), RECORD, FAULT_CAUSE, "Worn fan bearing", PARTS_USED, "Fan 80 mm", HOURS_SPENT, 2);
  }

  @Test
  void aFaultIsRepairedInHouseTestedRecordedAndTheReporterTold() {
    String server = TestItems.create(cmdb, "srv-rep", "server", "low");
    Opened repair = report(server);

    assertThat(repair.number()).matches("REP-\\d{4}-\\d{6}");
    assertThat(steps.candidateGroups(steps.task(repair.pid(), CLASSIFY))).containsExactly(Roles.EQUIPMENT_MAINTAINER);
    assertThat(steps.variable(repair.pid(), SERVICE_CRITICALITY)).as("no service depends on it").isEqualTo("none");
    classify(repair, "mechanical", false);
    assertThat(records.find(repair.number()).orElseThrow().priority()).isEqualTo("P3");
    plan(repair, "in-house", null, null);
    steps.complete(repair.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Fan replaced");
    testAndRecord(repair);

    assertThat(steps.endedAt(repair.pid(), NO_REPEATED_FAULT)).isTrue();
    assertThat(steps.endedAt(repair.pid(), CLOSED)).isTrue();
    RepairRecords.Repair ticket = records.find(repair.number()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.faultCause()).isEqualTo("Worn fan bearing");
    assertThat(ticket.hoursSpent()).isEqualByComparingTo("2");
    assertThat(ticket.reporter()).isEqualTo("requester");
    assertThat(records.phases(repair.number())).containsExactly("REGISTERED", "CLASSIFIED", "PLANNED", "REPAIRED",
        "TEST_PASSED", "CLOSED");
    assertThat(MailServer.about(repair.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains("requester@opsflow.example");
      assertThat(mail.subject()).contains("Equipment repaired", "设备已修复");
      assertThat(mail.body()).contains("Worn fan bearing");
    });
  }

  @Test
  void aPartNotInStockIsApprovedByOpsAdminAndTheRepairWaitsForItThenAFailedTestRepairsAgain() {
    String server = TestItems.create(cmdb, "srv-rep", "server", "low");
    String service = TestItems.create(cmdb, "svc-rep", "service", "high");
    cmdb.relate(service, "depends-on", server, new Cmdb.Author("test", null));
    Opened repair = report(server);

    assertThat(steps.variable(repair.pid(), SERVICE_CRITICALITY)).as("CMDB impact analysis").isEqualTo("high");
    classify(repair, "electrical", false);
    assertThat(steps.variable(repair.pid(), PRIORITY)).as("a critical service is down").isEqualTo("P1");
    plan(repair, "in-house", "Power supply 650 W", 2);

    assertThat(steps.candidateGroups(steps.task(repair.pid(), APPROVE_PURCHASE))).containsExactly(Roles.OPS_ADMIN);
    assertThat(records.find(repair.number()).orElseThrow().status()).isEqualTo("AWAITING_PURCHASE");
    steps.complete(repair.pid(), APPROVE_PURCHASE, PURCHASE_APPROVED, true);
    assertThat(steps.waitingAt(repair.pid())).as("the repair waits for the parts").contains(RECEIVE_PARTS)
        .doesNotContain(CARRY_OUT_REPAIR);
    steps.complete(repair.pid(), RECEIVE_PARTS, PARTS_RECEIVED_NOTE, "Delivered to the store");
    steps.complete(repair.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Power supply replaced");
    steps.complete(repair.pid(), TEST, TEST_PASSED, false, TEST_NOTES, "Switches off under load");

    steps.complete(repair.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Second supply fitted, cable replaced");
    assertThat(steps.variable(repair.pid(), TEST_PASSED)).as("the test's answer is asked afresh").isNull();
    testAndRecord(repair);

    RepairRecords.Repair ticket = records.find(repair.number()).orElseThrow();
    assertThat(ticket.partOrdered()).isEqualTo("Power supply 650 W");
    assertThat(ticket.orderQuantity()).isEqualTo(2);
    assertThat(ticket.purchaseApproved()).isTrue();
    assertThat(records.phases(repair.number())).containsSubsequence("PLANNED", "PURCHASE_APPROVED", "PARTS_RECEIVED",
        "REPAIRED", "TEST_FAILED", "REPAIRED", "TEST_PASSED", "CLOSED");
    assertThat(steps.endedAt(repair.pid(), CLOSED)).isTrue();
  }

  @Test
  void aRejectedPurchaseSendsTheMaintainerBackToPlanningAndTheVendorRepairsIt() {
    String device = TestItems.create(cmdb, "net-rep", "network-device", "high");
    Opened repair = report(device);
    classify(repair, "software", true);
    assertThat(steps.variable(repair.pid(), PRIORITY)).as("a spare carries the work").isEqualTo("P4");
    plan(repair, "in-house", "Line card", 1);

    assertThatThrownBy(() -> steps.complete(repair.pid(), APPROVE_PURCHASE, PURCHASE_APPROVED, false))
        .as("a rejection says why").isInstanceOf(FormFieldValidationException.class).hasMessageContaining(PURCHASE_NOTE.name());
    steps.complete(repair.pid(), APPROVE_PURCHASE, PURCHASE_APPROVED, false, PURCHASE_NOTE, "The vendor repairs it under warranty");

    assertThat(steps.waitingAt(repair.pid())).containsExactly(PLAN);
    assertThat(steps.variable(repair.pid(), PURCHASE_NOTE)).isEqualTo("The vendor repairs it under warranty");
    plan(repair, "vendor", null, null);
    steps.complete(repair.pid(), SEND_TO_VENDOR, VENDOR_NAME, "NetVendor Ltd", VENDOR_REFERENCE, "RMA-77");
    assertThat(records.find(repair.number()).orElseThrow().status()).isEqualTo("AT_VENDOR");
    steps.complete(repair.pid(), RECEIVE_FROM_VENDOR, VENDOR_REPORT, "Firmware reflashed, card tested");
    testAndRecord(repair);

    RepairRecords.Repair ticket = records.find(repair.number()).orElseThrow();
    assertThat(ticket.repairBy()).isEqualTo("vendor");
    assertThat(ticket.vendorName()).isEqualTo("NetVendor Ltd");
    assertThat(records.phases(repair.number())).containsSubsequence("PLANNED", "PURCHASE_REJECTED", "PLANNED",
        "SENT_TO_VENDOR", "RETURNED_BY_VENDOR", "TEST_PASSED", "CLOSED");
  }

  @Test
  void theThirdFaultOfOneItemWithinTheWindowRaisesAProblemRecord() {
    String server = TestItems.create(cmdb, "srv-rep", "server", "medium");
    String model = "Model " + UUID.randomUUID();
    report(server, model, Duration.ofDays(120)); // outside the 90-day window: not counted
    report(server, model, Duration.ofDays(30));
    report(server, model, Duration.ofDays(2));
    Opened repair = report(server, model, Duration.ofHours(1));
    classify(repair, "mechanical", false);
    plan(repair, "in-house", null, null);
    steps.complete(repair.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Fan replaced again");
    testAndRecord(repair);

    assertThat(steps.historicVariable(repair.pid(), SAME_ITEM_FAULTS)).as("the fault of 120 days ago is outside the window")
        .isEqualTo(3);
    assertThat(steps.endedAt(repair.pid(), PROBLEM_RAISED)).isTrue();
    String problem = records.find(repair.number()).orElseThrow().problemNumber();
    assertThat(problem).matches("PRB-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProblemIds.PROCESS).processInstanceBusinessKey(problem)
        .count()).isEqualTo(1);
    assertThat(records.phases(repair.number())).endsWith("CLOSED", "PROBLEM_RAISED");
  }

  @Test
  void aLaterFaultOfTheSameItemDoesNotCountAsARepeatOfAnEarlierOne() {
    String server = TestItems.create(cmdb, "srv-rep", "server", "medium");
    String model = "Model " + UUID.randomUUID();
    report(server, model, Duration.ofDays(30));
    Opened earlier = report(server, model, Duration.ofDays(2));
    report(server, model.toUpperCase(Locale.ROOT), Duration.ofHours(1)); // reported before the earlier one closes
    classify(earlier, "mechanical", false);
    plan(earlier, "in-house", null, null);
    steps.complete(earlier.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Fan replaced");
    testAndRecord(earlier);

    assertThat(steps.historicVariable(earlier.pid(), SAME_ITEM_FAULTS)).as("the fault of an hour ago came after it")
        .isEqualTo(2);
    assertThat(steps.historicVariable(earlier.pid(), SAME_MODEL_FAULTS)).isEqualTo(2);
    assertThat(steps.endedAt(earlier.pid(), NO_REPEATED_FAULT)).isTrue();
    assertThat(records.find(earlier.number()).orElseThrow().problemNumber()).isNull();
  }

  @Test
  void tasksRefuseWhatTheirRulesForbidNamingTheField() {
    Opened repair = report(TestItems.create(cmdb, "srv-rep", "server", "low"));
    assertThatThrownBy(() -> steps.complete(repair.pid(), CLASSIFY, FAULT_CLASS, "hydraulic", SPARE_IN_PLACE, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(FAULT_CLASS.name());
    classify(repair, "mechanical", false);
    assertThatThrownBy(() -> plan(repair, "in-house", "Fan", -2))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(ORDER_QUANTITY.name());
    assertThatThrownBy(() -> steps.complete(repair.pid(), PLAN, REPAIR_STEPS, "x", ESTIMATED_HOURS, -1, REPAIR_BY,
        "in-house")).isInstanceOf(FormFieldValidationException.class).hasMessageContaining(ESTIMATED_HOURS.name());
    assertThatThrownBy(() -> steps.complete(repair.pid(), PLAN, REPAIR_STEPS, "x", ESTIMATED_HOURS, 1, REPAIR_BY,
        "in-house", ORDER_PARTS, true, PART_TO_ORDER, "Fan")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(ORDER_QUANTITY.name());
    plan(repair, "in-house", null, null);
    steps.complete(repair.pid(), CARRY_OUT_REPAIR, REPAIR_NOTES, "Fan replaced");
    assertThatThrownBy(() -> steps.complete(repair.pid(), TEST, TEST_PASSED, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(TEST_NOTES.name());
    steps.complete(repair.pid(), TEST, TEST_PASSED, true);
    assertThatThrownBy(() -> steps.complete(repair.pid(), RECORD, FAULT_CAUSE, "Dust", HOURS_SPENT, -0.5))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(HOURS_SPENT.name());
    assertThat(steps.waitingAt(repair.pid())).containsExactly(RECORD);
  }

  @Test
  void aFaultReportOnUnknownEquipmentOrFromTheFutureIsRefusedAndNothingIsNumbered() {
    long before = jdbc.sql("SELECT COUNT(*) FROM opsflow_equipment_repair").query(Long.class).single();
    assertThatThrownBy(() -> intake.open(new RepairRequest("no-such-ci", "M", "x", EngineClock.now().toString())))
        .isInstanceOf(BadRequestException.class).hasMessageContaining(EQUIPMENT.name());
    String server = TestItems.create(cmdb, "srv-rep", "server", "low");
    assertThatThrownBy(() -> intake.open(new RepairRequest(server, "M", "x",
        EngineClock.now().plus(Duration.ofDays(1)).toString())))
        .isInstanceOf(BadRequestException.class).hasMessageContaining(OCCURRED_AT.name());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_equipment_repair").query(Long.class).single()).isEqualTo(before);
  }
}
