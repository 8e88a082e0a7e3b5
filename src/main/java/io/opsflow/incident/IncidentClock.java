package io.opsflow.incident;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which tests move forward to fire SLA timers. */
final class IncidentClock {

  private IncidentClock() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
