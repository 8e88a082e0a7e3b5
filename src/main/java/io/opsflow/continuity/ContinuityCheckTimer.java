package io.opsflow.continuity;

import io.opsflow.platform.model.ModelDeployer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes a changed {@code opsflow.continuity.check} take effect at start-up. Camunda evaluates a
 * timer start event's cycle once, when the model is deployed, and keeps the result in the timer
 * job; the models are deployed only when a file changed. So after the models are deployed, the
 * cycle of the daily check's timer job is compared with the configured one, and where they
 * differ the deployed ContinuitySchedule model is deployed again (deployment
 * {@value #DEPLOYMENT_NAME}): Camunda then replaces the old version's timer with one computed from
 * the configured cycle, as for any new version of a model with a timer start. An unchanged value
 * deploys nothing; a suspended schedule is left alone.
 */
@Component
@Order(2)
record ContinuityCheckTimer(RepositoryService repository, ManagementService management, ContinuitySchedule schedule)
    implements ApplicationRunner {

  static final String DEPLOYMENT_NAME = "opsflow-continuity-check";

  private static final Logger LOG = LoggerFactory.getLogger(ContinuityCheckTimer.class);

  @Override
  public void run(ApplicationArguments args) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(ScheduleIds.PROCESS)
        .latestVersion().singleResult();
    if (latest == null || latest.isSuspended()) {
      return;
    }
    Job timer = management.createJobQuery().processDefinitionId(latest.getId()).timers()
        .activityId(ScheduleIds.DAILY_CHECK_DUE).singleResult();
    // the job carries the evaluated cycle only on the engine's own entity (the API does not show it)
    String applied = timer instanceof TimerEntity entity ? entity.getRepeat() : null;
    if (sameCycle(applied, schedule.getCheck())) {
      return;
    }
    byte[] model;
    try (InputStream xml = repository.getProcessModel(latest.getId())) {
      model = xml.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    repository.createDeployment().name(DEPLOYMENT_NAME).source(ModelDeployer.DEPLOYMENT_NAME)
        .addInputStream(latest.getResourceName(), new ByteArrayInputStream(model)).deploy();
    LOG.info("The daily continuity check now runs on '{}' (was '{}'): {} deployed again", schedule.getCheck(), applied,
        ScheduleIds.PROCESS);
  }

  /**
   * Whether the timer's cycle is the configured one. Camunda stores a cron expression as given,
   * and an ISO repetition without a start ({@code R/PT24H}) with the start it computed
   * ({@code R/2026-07-01T06:00:00/PT24H}).
   */
  static boolean sameCycle(String applied, String configured) {
    if (applied == null) {
      return false;
    }
    String[] configuredParts = configured.split("/");
    String[] appliedParts = applied.split("/");
    if (configured.startsWith("R") && configuredParts.length == 2) {
      return applied.startsWith("R") && appliedParts.length == 3
          && appliedParts[2].equals(configuredParts[1]) && appliedParts[0].equals(configuredParts[0]);
    }
    return applied.equals(configured);
  }
}
