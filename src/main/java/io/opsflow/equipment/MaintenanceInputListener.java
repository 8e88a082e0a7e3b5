package io.opsflow.equipment;

import io.opsflow.platform.DefaultingInputListener;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The preventive maintenance's input rules on its tasks (it is started by its schedule only, with
 * nothing a person typed): see {@link MaintenanceInput#checkCompletion}.
 */
@Component("preventiveMaintenanceInput")
class MaintenanceInputListener extends DefaultingInputListener {

  MaintenanceInputListener() {
    super("Maintenance not started", Map.of(), variables -> { }, MaintenanceInput::checkCompletion);
  }
}
