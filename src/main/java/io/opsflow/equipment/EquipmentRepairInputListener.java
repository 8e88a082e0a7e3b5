package io.opsflow.equipment;

import io.opsflow.platform.DefaultingInputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The equipment repair's input rules at its start (Tasklist, {@code /engine-rest}, Java) and on its
 * tasks: a fault report on unknown equipment or from the future is refused naming the field, and so
 * are a plan without its steps or with a negative quantity, a rejection without its reason, a failed
 * test without what failed and a record without its cause.
 */
@Component("equipmentRepairInput")
class EquipmentRepairInputListener extends DefaultingInputListener {

  EquipmentRepairInputListener(EquipmentInput input) {
    super("Repair not started", Map.of(), input::checkStart, EquipmentInput::checkCompletion);
  }
}
