package io.opsflow.incident;

import io.opsflow.platform.DefaultingInputListener;
import org.springframework.stereotype.Component;

/**
 * The incident's input rules at its start (Tasklist start form, {@code /engine-rest} start) and
 * when a person completes one of its tasks; a start that passes them gets the defaults of what it
 * left out.
 */
@Component("incidentInput")
class IncidentInputListener extends DefaultingInputListener {

  IncidentInputListener() {
    super("Incident not started", IncidentInput.DEFAULTS, IncidentInput::checkStart, IncidentInput::checkCompletion);
  }
}
