package io.opsflow.continuity;

import static io.opsflow.continuity.RecoveryVariables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Schedule drill window": records the approved drill plan (one result row per system) and sets
 * the window that "Drill window opened" and each system's "System not recovered in time" wait for.
 */
@Component("scheduleDrillWindow")
record ScheduleDrillWindowDelegate(RecoveryRecords records) implements RecoveryVariables.Step {

  @Override
  public void execute(RecoveryVariables drill) {
    List<String> systems = drill.systems();
    Instant start = drill.get(PLANNED_WINDOW_START);
    Instant end = drill.get(PLANNED_WINDOW_END);
    records.planned(drill.number(), drill.get(SCENARIO), drill.get(PARTICIPANTS), start, end, systems);
    drill.set(SYSTEM_IDS, new ArrayList<>(systems)).set(WINDOW_OPENS_AT, start).set(WINDOW_CLOSES_AT, end);
  }
}
