package io.opsflow.platform.retention;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the engine keeps a process's history ({@code opsflow.retention}), and when it deletes
 * what has expired. Tickets (every process but the schedules) keep theirs for {@code tickets},
 * schedules ({@code schedule-processes}, the daily continuity check) for {@code schedules};
 * decisions are evaluated for tickets and keep theirs as long. The engine removes a finished
 * instance's history once its time to live after the end has passed, in the nightly
 * {@code cleanup-window} (times in the business-hours zone, at its offset when the engine
 * starts). OpsFlow's own ticket records and events ({@code opsflow_…} tables) are not the
 * engine's history and are never removed by it.
 */
@Component
public class RetentionPolicy extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter WINDOW_TIME = DateTimeFormatter.ofPattern("HH:mmxx");

  private final Duration tickets;
  private final Duration schedules;
  private final Set<String> scheduleProcesses;
  private final LocalTime windowStart;
  private final LocalTime windowEnd;
  private final ZoneId zone;

  RetentionPolicy(@Value("${opsflow.retention.tickets}") Duration tickets,
      @Value("${opsflow.retention.schedules}") Duration schedules,
      @Value("${opsflow.retention.schedule-processes}") List<String> scheduleProcesses,
      @Value("${opsflow.retention.cleanup-window}") String cleanupWindow,
      @Value("${opsflow.business-hours.zone}") ZoneId zone) {
    this.tickets = days(tickets, "tickets");
    this.schedules = days(schedules, "schedules");
    this.scheduleProcesses = Set.copyOf(scheduleProcesses);
    String[] window = cleanupWindow.trim().split("\\s*-\\s*");
    if (window.length != 2) {
      throw new IllegalArgumentException("opsflow.retention.cleanup-window must be HH:mm-HH:mm, not " + cleanupWindow);
    }
    this.windowStart = LocalTime.parse(window[0]);
    this.windowEnd = LocalTime.parse(window[1]);
    this.zone = zone;
  }

  /** The days a finished instance of this process keeps its engine history. */
  public int daysFor(String processKey) {
    return (int) (scheduleProcesses.contains(processKey) ? schedules : tickets).toDays();
  }

  /** The days a decision's evaluations keep their engine history. */
  public int decisionDays() {
    return (int) tickets.toDays();
  }

  /** The cleanup window's start, as the engine takes it ({@code 01:00+0800}). */
  public String windowStart() {
    return engineTime(windowStart);
  }

  /** The cleanup window's end, as the engine takes it ({@code 05:00+0800}). */
  public String windowEnd() {
    return engineTime(windowEnd);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // a finished instance's history is removed its time to live after its end, in the window
    configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryCleanupBatchWindowStartTime(windowStart());
    configuration.setHistoryCleanupBatchWindowEndTime(windowEnd());
  }

  private String engineTime(LocalTime time) {
    return time.atDate(LocalDate.now(zone)).atZone(zone).format(WINDOW_TIME);
  }

  private static Duration days(Duration duration, String name) {
    if (duration.isNegative() || duration.toDays() > Integer.MAX_VALUE || !duration.equals(Duration.ofDays(duration.toDays()))) {
      throw new IllegalArgumentException("opsflow.retention." + name + " must be whole days (P2555D), not " + duration);
    }
    return duration;
  }
}
