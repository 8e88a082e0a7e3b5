package io.opsflow.requirement;

import static io.opsflow.requirement.RequirementVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Start development task": takes the branch's task from the plan and keeps its state local to the
 * branch (developer, tester, dates, open bug, progress, test result), so that parallel branches
 * never read or overwrite each other's values.
 */
@Component("startDevelopmentTask")
record StartDevelopmentTaskDelegate(RequirementRecords records, RequirementCalendar calendar) implements RequirementVariables.Step {

  private static final Pattern CYCLE_WITHOUT_START = Pattern.compile("(R\\d*)/(P[^/]+)");

  @Override
  public void execute(RequirementVariables branch) {
    RequirementRecords.DevTask task = records.task(branch.get(REQUIREMENT_NUMBER), branch.get(DEV_TASK))
        .orElseThrow(() -> new IllegalStateException("no development task " + branch.get(DEV_TASK)));
    branch.setLocal(DEVELOPER, task.developer())
        .setLocal(TESTER, task.tester())
        .setLocal(DEV_TASK_START, task.start().toString())
        .setLocal(DEV_TASK_END, task.end().toString())
        .setLocal(OPEN_BUG, records.openBug(task.id()))
        .setLocal(PROGRESS, task.progress())
        .setLocal(PROGRESS_NOTE, null)
        .setLocal(TEST_PASSED, null)
        .setLocal(TEST_NOTES, null)
        .setLocal(BUG_DESCRIPTION, null)
        .setLocal(BUG_SEVERITY, null);
    remindFromPlannedStart(branch, task.start());
    records.taskStatus(task.id(), "IN_DEVELOPMENT", EngineClock.now());
  }

  /**
   * A task planned to start later is not chased before it starts: its reminder cycle begins at
   * the end of its start day (R/P1D becomes R/2026-12-08T00:00:00+08:00/P1D for a task starting on
   * the 7th). A cycle configured with its own start is left as it is.
   */
  private void remindFromPlannedStart(RequirementVariables branch, LocalDate start) {
    String cycle = branch.get(PROGRESS_REMINDER_CYCLE);
    Matcher parts = cycle == null ? null : CYCLE_WITHOUT_START.matcher(cycle.strip());
    if (parts == null || !parts.matches() || !start.isAfter(calendar.today())) {
      return;
    }
    String firstReminder = start.plusDays(1).atStartOfDay(calendar.zone())
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    branch.setLocal(PROGRESS_REMINDER_CYCLE, parts.group(1) + "/" + firstReminder + "/" + parts.group(2));
  }
}
