package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairVariables.*;

import io.opsflow.notification.MailNotifier;
import io.opsflow.notification.Recipients;
import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Close repair": writes what the maintainer recorded (cause, parts used, hours) and closes the
 * ticket, counts the faults of the same equipment and of the same model that happened within the
 * recurrence window before this one ({@code opsflow.equipment.recurrence-window}, 90 days by default;
 * this fault included, faults that happened after it not) for DMN RepairRecurrence, and tells the
 * reporter; an incident that handed the fault over and waits for the repair continues ({@code EquipmentRepaired}, with what was found and done).
 */
@Component("closeRepair")
class CloseRepairDelegate implements EquipmentRepairVariables.Step {

  private final RuntimeService runtime;
  private final RepairRecords records;
  private final MailNotifier mail;
  private final Recipients recipients;
  private final Duration window;

  CloseRepairDelegate(RuntimeService runtime, RepairRecords records, MailNotifier mail, Recipients recipients,
      @Value("${opsflow.equipment.recurrence-window:P90D}") String window) {
    this.runtime = runtime;
    this.records = records;
    this.mail = mail;
    this.recipients = recipients;
    this.window = Duration.parse(window);
  }

  @Override
  public void execute(EquipmentRepairVariables repair) {
    String number = repair.get(REPAIR_NUMBER);
    records.closed(number, new RepairRecords.Outcome(repair.get(FAULT_CAUSE), repair.get(PARTS_USED),
        repair.get(HOURS_SPENT), repair.get(REPAIR_BY), repair.get(VENDOR_NAME)), EngineClock.now());
    Instant occurred = repair.get(OCCURRED_AT);
    Instant since = occurred.minus(window);
    repair.set(SAME_ITEM_FAULTS, records.faultsOfItemBetween(repair.get(EQUIPMENT_CI), since, occurred))
        .set(SAME_MODEL_FAULTS, records.faultsOfModelBetween(repair.get(MODEL), since, occurred));
    mail.sendAbout(number, "repaired", recipients.user(repair.get(REPORTER)), "Equipment repaired / 设备已修复",
        "The equipment you reported (" + repair.get(EQUIPMENT_CI) + ", " + repair.get(MODEL) + ") is repaired and tested. Cause: "
            + repair.get(FAULT_CAUSE) + "\n您报告的设备(" + repair.get(EQUIPMENT_CI) + "，" + repair.get(MODEL)
            + ")已修复并通过测试。故障原因：" + repair.get(FAULT_CAUSE));
    if (repair.get(INCIDENT_NUMBER) != null) {
      // an incident closed meanwhile waits for nothing: correlating all finds none and is no error
      runtime.createMessageCorrelation(EquipmentRepairIds.EQUIPMENT_REPAIRED).processInstanceBusinessKey(repair.get(INCIDENT_NUMBER))
          .setVariable(EquipmentRepairIds.REPAIR_OUTCOME, number + ": " + repair.get(FAULT_CAUSE)
              + (repair.get(PARTS_USED) == null ? "" : "; parts / 部件: " + repair.get(PARTS_USED)))
          .correlateAll();
    }
  }
}
