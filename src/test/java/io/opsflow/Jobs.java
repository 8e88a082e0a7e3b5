package io.opsflow;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Steps a process instance's jobs, as the (paused) job executor would. */
public final class Jobs {

  private Jobs() {
  }

  /** Executes the instance's due jobs (async continuations, due timers) until none is left. */
  public static void runDue(ManagementService management, String processInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming for " + processInstanceId);
  }
}
