package io.opsflow.platform.process;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock: what delegates and records call "now", so that tests moving it move everything. */
public final class EngineClock {

  private EngineClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
