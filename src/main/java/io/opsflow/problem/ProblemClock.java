package io.opsflow.problem;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock, which tests move forward to fire the verification and reminder timers. */
final class ProblemClock {

  private ProblemClock() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
