package io.opsflow.equipment;

import io.opsflow.platform.StartValidator;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;

/** Opens equipment repairs from fault reports. */
@Service
public record RepairIntake(RuntimeService runtime, EquipmentInput input) {

  /** A repair just registered. */
  public record Opened(String repairNumber, String processInstanceId) {
  }

  /** The same start rules for starts through Camunda's REST and Tasklist, checked before the engine sees them. */
  @Bean
  static StartValidator equipmentRepairStart(EquipmentInput input) {
    return StartValidator.of(EquipmentRepairIds.PROCESS, EquipmentRepairVariables.START, input::checkStart);
  }

  /** Refuses bad input with the field at fault; the registration runs in this call, so the number is known. */
  public Opened open(RepairRequest request) {
    return open(request.variables());
  }

  /**
   * A repair an incident asks for: it continues the incident (message {@code EquipmentRepaired}) when
   * it ends. Refused as {@link #open} refuses.
   */
  public Opened openFor(String incidentNumber, RepairRequest request) {
    Map<String, Object> variables = request.variables();
    EquipmentRepairVariables.INCIDENT_NUMBER.put(variables, incidentNumber);
    return open(variables);
  }

  /**
   * Refuses (400 naming the field) equipment that repair would not take on: no configuration item in
   * service nor the asset number of one. A caller that hands a fault over later checks it first, so a
   * person is told at once instead of the hand-off failing in the background.
   */
  public void checkEquipment(String field, String equipment) {
    input.requireEquipment(field, equipment);
  }

  private Opened open(Map<String, Object> variables) {
    input.checkStart(variables);
    ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(EquipmentRepairIds.PROCESS)
        .setVariables(variables).executeWithVariablesInReturn();
    return new Opened(EquipmentRepairVariables.REPAIR_NUMBER.from(instance.getVariables()), instance.getId());
  }
}
