package io.opsflow.platform.engine;

import io.opsflow.platform.DatabaseOutage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A job that failed because the database was out of reach (restarting, failing over) is run again
 * {@value #AFTER_SECONDS} seconds later, its retries untouched: the outage says nothing about the job,
 * whose own retry cycle ({@code camunda:failedJobRetryTimeCycle}, R3/PT5M in OpsFlow's models) is for
 * its own failures (a mail server refusing, a bug). Every other failure is Camunda's as before. A job
 * whose failure could not even be recorded (the database still away) waits for its lock to expire
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}, 30 s in application.yaml).
 */
@Component
class DatabaseOutageRetry extends AbstractProcessEnginePlugin {

  static final int AFTER_SECONDS = 10;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultFailedJobCommandFactory camunda = new DefaultFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, exception) -> DatabaseOutage.isCause(exception)
        ? new RunAgainSoon(jobId, exception) : camunda.getCommand(jobId, exception));
  }

  /** Unlocks the job and makes it due shortly, keeping its retries; what failed is kept on the job. */
  record RunAgainSoon(String jobId, Throwable exception) implements Command<Object> {

    @Override
    public Object execute(CommandContext context) {
      JobEntity job = context.getJobManager().findJobById(jobId);
      if (job != null) {
        job.unlock();
        job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofSeconds(AFTER_SECONDS).toMillis()));
        job.setExceptionMessage("The database was out of reach; run again in " + AFTER_SECONDS + " s: "
            + exception.getMessage());
        StringWriter trace = new StringWriter();
        exception.printStackTrace(new PrintWriter(trace));
        job.setExceptionStacktrace(trace.toString());
      }
      return null;
    }
  }
}
