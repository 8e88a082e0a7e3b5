package io.opsflow.equipment;

import static io.opsflow.equipment.EquipmentRepairVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register repair": gives the repair its number (REP-2026-000042, once) as business key, takes the
 * reporter to be the person who reported the fault, finds the equipment's configuration item (by id
 * or asset number) and what the CMDB's impact analysis says depends on it (the most critical service
 * decides the priority), and writes the ticket; "My tickets" shows the equipment, model and fault.
 */
@Component("registerRepair")
record RegisterRepairDelegate(TicketNumbers numbers, RepairRecords records, EquipmentInput input, Cmdb cmdb)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    EquipmentRepairVariables repair = EquipmentRepairVariables.of(execution);
    String number = repair.get(REPAIR_NUMBER);
    if (number == null) {
      number = numbers.next(EquipmentRepairIds.PREFIX);
      repair.set(REPAIR_NUMBER, number);
    }
    execution.setProcessBusinessKey(number);
    repair.set(REPORTER, repair.get(INITIATOR)).set(OCCURRED_AT, repair.get(OCCURRED_AT));
    Cmdb.Item item = input.equipment(repair.get(EQUIPMENT)).orElseThrow();
    List<Cmdb.Impact> services = cmdb.impact(item.id());
    repair.set(EQUIPMENT_CI, item.id()).set(EQUIPMENT_CRITICALITY, item.criticality())
        .set(SERVICE_CRITICALITY, services.isEmpty() ? "none" : services.get(0).criticality())
        .set(IMPACTED_SERVICES, services.isEmpty() ? "–"
            : services.stream().map(s -> s.name() + " (" + s.criticality() + ")").collect(Collectors.joining(", ")));
    String fault = repair.get(FAULT_DETAILS).strip().lines().findFirst().orElse("");
    repair.set(SUMMARY, item.id() + " (" + repair.get(MODEL).strip() + "): "
        + (fault.length() > 200 ? fault.substring(0, 200) + "…" : fault));
    records.register(new RepairRecords.Registration(number, execution.getProcessInstanceId(), item.id(),
        repair.get(MODEL).strip(), repair.get(FAULT_DETAILS), repair.get(OCCURRED_AT), repair.get(REPORTER)),
        EngineClock.now());
  }
}
