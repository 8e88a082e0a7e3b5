package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the EquipmentRepair model that only keep the ticket in step with the process. One
 * bean each, named as the model names it.
 */
@Configuration(proxyBeanMethods = false)
class EquipmentRepairDelegates {

  /** The answer a task asks for afresh each time it is reached again (a second purchase, a second test). */
  private static final Map<String, String> ASKED_AFRESH = Map.of(EquipmentRepairIds.APPROVE_PURCHASE,
      PURCHASE_APPROVED.name(), EquipmentRepairIds.TEST, TEST_PASSED.name());

  private final RepairRecords records;

  EquipmentRepairDelegates(RepairRecords records) {
    this.records = records;
  }

  /** "Record classification": the fault class, the spare and the priority on the ticket. */
  @Bean
  JavaDelegate recordRepairClassification() {
    return execution -> {
      EquipmentRepairVariables repair = EquipmentRepairVariables.of(execution);
      records.classified(repair.get(REPAIR_NUMBER), repair.get(FAULT_CLASS), Boolean.TRUE.equals(repair.get(SPARE_IN_PLACE)),
          repair.get(PRIORITY), EngineClock.now());
    };
  }

  /**
   * On the repair's user tasks: at creation, the answer a repeated task asks for is cleared; at
   * completion, the step is written on the ticket (the plan, the purchase decision, the parts'
   * arrival, the vendor's part, the repair and its test).
   */
  @Bean
  TaskListener recordRepairStep() {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        String answer = ASKED_AFRESH.get(task.getTaskDefinitionKey());
        if (answer != null) {
          task.getExecution().setVariable(answer, null);
        }
        return;
      }
      record(task);
    };
  }

  private void record(DelegateTask task) {
    EquipmentRepairVariables repair = EquipmentRepairVariables.of(task);
    String number = repair.get(REPAIR_NUMBER);
    java.time.Instant now = EngineClock.now();
    switch (task.getTaskDefinitionKey()) {
      case EquipmentRepairIds.PLAN -> {
        boolean order = repair.get(ORDER_PARTS);
        records.planned(number, repair.get(REPAIR_BY), order ? repair.get(PART_TO_ORDER) : null,
            order ? repair.get(ORDER_QUANTITY) : null, now);
      }
      case EquipmentRepairIds.APPROVE_PURCHASE -> records.purchaseDecided(number,
          Boolean.TRUE.equals(repair.get(PURCHASE_APPROVED)), repair.get(PURCHASE_NOTE), now);
      case EquipmentRepairIds.RECEIVE_PARTS -> records.status(number, "PARTS_RECEIVED", "PARTS_RECEIVED",
          repair.get(PARTS_RECEIVED_NOTE), now);
      case EquipmentRepairIds.SEND_TO_VENDOR -> records.status(number, "AT_VENDOR", "SENT_TO_VENDOR",
          repair.get(VENDOR_NAME) + (repair.get(VENDOR_REFERENCE) == null ? "" : ", " + repair.get(VENDOR_REFERENCE)), now);
      case EquipmentRepairIds.RECEIVE_FROM_VENDOR -> records.status(number, "REPAIRED", "RETURNED_BY_VENDOR",
          repair.get(VENDOR_REPORT), now);
      case EquipmentRepairIds.CARRY_OUT_REPAIR -> records.status(number, "REPAIRED", "REPAIRED", repair.get(REPAIR_NOTES),
          now);
      case EquipmentRepairIds.TEST -> {
        boolean passed = Boolean.TRUE.equals(repair.get(TEST_PASSED));
        records.status(number, passed ? "TESTED" : "IN_REPAIR", passed ? "TEST_PASSED" : "TEST_FAILED",
            repair.get(TEST_NOTES), now);
      }
      default -> {
      }
    }
  }
}
