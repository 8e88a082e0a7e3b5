package io.opsflow.oncall;

import static io.opsflow.oncall.OnCallScheduleVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Find ended shifts" (OnCallSchedule): every shift ended whose handover has not started, the earliest first. */
@Component("findShiftsEnded")
record FindShiftsEndedDelegate(OnCallRota rota) implements OnCallScheduleVariables.Step {

  @Override
  public void execute(OnCallScheduleVariables check) {
    Instant now = EngineClock.now();
    List<String> ended = rota.ended(now);
    check.set(CHECKED_AT, now).set(SHIFTS_ENDED, new ArrayList<>(ended)).set(SHIFT_ENDED, !ended.isEmpty());
  }
}
