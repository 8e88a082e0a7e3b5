package io.opsflow.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.continuity.ScheduleIds;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentSteps;
import io.opsflow.incident.IncidentVariables;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine keeps history as long as opsflow.retention says, cleans it up at night only, and its
 * cleanup leaves OpsFlow's own ticket records and events alone.
 */
@OpsFlowTest
class RetentionTest extends OpsFlowTestBase {

  static final int SEVEN_YEARS = 2555;
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired
  RepositoryService repository;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  RetentionPolicy policy;
  @Autowired
  DefinitionRetention retention;

  @Test
  void ticketsAreKeptSevenYearsAndSchedulesThirtyDays() {
    assertThat(latest(IncidentIds.PROCESS).getHistoryTimeToLive()).isEqualTo(SEVEN_YEARS);
    assertThat(latest(ScheduleIds.PROCESS).getHistoryTimeToLive()).isEqualTo(30);
    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("IncidentRouting").latestVersion()
        .singleResult().getHistoryTimeToLive()).isEqualTo(SEVEN_YEARS);
  }

  @Test
  void everyDeployedVersionOfEveryModelCarriesTheConfiguredRetentionNotTheModelsAttribute() {
    List<String> differing = new ArrayList<>();
    repository.createProcessDefinitionQuery().list().stream()
        .filter(d -> d.getHistoryTimeToLive() != policy.daysFor(d.getKey()))
        .forEach(d -> differing.add(d.getId() + ": " + d.getHistoryTimeToLive()));
    repository.createDecisionDefinitionQuery().list().stream()
        .filter(d -> d.getHistoryTimeToLive() != policy.decisionDays())
        .forEach(d -> differing.add(d.getId() + ": " + d.getHistoryTimeToLive()));

    assertThat(differing).isEmpty();
  }

  @Test
  void historyIsCleanedUpAtNightBetweenOneAndFive() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    BatchWindow window = configuration.getBatchWindowManager()
        .getCurrentOrNextBatchWindow(ClockUtil.getCurrentTime(), configuration);

    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(LocalTime.ofInstant(window.getStart().toInstant(), ZONE)).isEqualTo(LocalTime.of(1, 0));
    assertThat(LocalTime.ofInstant(window.getEnd().toInstant(), ZONE)).isEqualTo(LocalTime.of(5, 0));
  }

  @Test
  void aClosedIncidentWhoseEngineHistoryIsCleanedUpKeepsItsTicketAndEvents() {
    // this incident's history expires at its end, so that the night's cleanup takes it
    ClosedIncident closed = closeIncidentKeptFor(0, "Printer jams on every page");
    try {
      assertThat(removalTime(closed.instance())).isBeforeOrEqualTo(ClockUtil.getCurrentTime());

      cleanUpUntilGone(closed.instance());
    } finally {
      repository.updateProcessDefinitionHistoryTimeToLive(closed.definition(), policy.daysFor(IncidentIds.PROCESS));
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(closed.instance()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(closed.instance()).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(closed.instance()).count()).isZero();
    Http.Response read = new Http(port).as("service-desk", "demo").get("/api/incidents/" + closed.number());
    assertThat(read.status()).isEqualTo(200);
    JsonNode ticket = read.json();
    assertThat(ticket.at("/incident/status").asText()).isEqualTo("CLOSED");
    assertThat(ticket.at("/incident/summary").asText()).isEqualTo("Printer jams on every page");
    List<String> phases = new ArrayList<>();
    ticket.get("events").forEach(event -> phases.add(event.get("phase").asText()));
    assertThat(phases).contains("REGISTERED", "CLOSED");
  }

  @Test
  void historyWrittenUnderTheModelsHalfYearIsKeptSevenYearsOnceTheRetentionIsApplied() {
    // as before the retention was configured: the model's 180 days
    ClosedIncident closed = closeIncidentKeptFor(180, "Scanner sends empty pages");
    Instant end = history.createHistoricProcessInstanceQuery().processInstanceId(closed.instance()).singleResult()
        .getEndTime().toInstant();
    assertThat(removalTime(closed.instance()).toInstant()).isEqualTo(end.plus(180, ChronoUnit.DAYS));
    List<Batch> recomputing = List.of();
    try {
      recomputing = retention.apply();
      runBatches(recomputing);
    } finally {
      repository.updateProcessDefinitionHistoryTimeToLive(closed.definition(), policy.daysFor(IncidentIds.PROCESS));
      recomputing.forEach(batch -> management.deleteBatch(batch.getId(), true));
    }

    assertThat(repository.getProcessDefinition(closed.definition()).getHistoryTimeToLive()).isEqualTo(SEVEN_YEARS);
    assertThat(removalTime(closed.instance()).toInstant()).isEqualTo(end.plus(SEVEN_YEARS, ChronoUnit.DAYS));
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(closed.instance()).list())
        .allSatisfy(task -> assertThat(task.getRemovalTime().toInstant()).isEqualTo(end.plus(SEVEN_YEARS, ChronoUnit.DAYS)));
  }

  record ClosedIncident(String number, String instance, String definition) {
  }

  /** Reports an incident, gives its process definition that time to live, and closes it at first contact. */
  private ClosedIncident closeIncidentKeptFor(int days, String summary) {
    String number = new Http(port).as("service-desk", "demo")
        .post("/api/incidents", "{\"summary\":\"" + summary + "\",\"impact\":\"low\",\"urgency\":\"low\"}")
        .json().get("incidentNumber").asText();
    IncidentSteps incidents = new IncidentSteps(engine);
    incidents.runJobs(number);
    String instance = incidents.instanceOf(number);
    String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    repository.updateProcessDefinitionHistoryTimeToLive(definition, days);
    try {
      incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT,
          true, IncidentVariables.RESOLUTION_NOTES, "Cleaned the rollers", IncidentVariables.FAULT_CAUSE, "Worn part",
        IncidentVariables.PREVENTIVE_MEASURES, "Added to the maintenance plan");
      incidents.complete(number, IncidentIds.CONFIRM_RESOLUTION, IncidentVariables.CONFIRMED, true,
          IncidentVariables.SATISFACTION, 5);
    } catch (RuntimeException | AssertionError e) {
      repository.updateProcessDefinitionHistoryTimeToLive(definition, policy.daysFor(IncidentIds.PROCESS));
      throw e;
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndTime())
        .as("closed").isNotNull();
    return new ClosedIncident(number, instance, definition);
  }

  private Date removalTime(String instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getRemovalTime();
  }

  /** Runs the batches' seed and batch jobs, as the job executor would. */
  private void runBatches(List<Batch> batches) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = new ArrayList<>();
      for (Batch batch : batches) {
        due.addAll(management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).executable().list());
        due.addAll(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("batch jobs keep coming");
  }

  /** Runs the engine's history cleanup job now, as in the night window, until the instance's history is gone. */
  private void cleanUpUntilGone(String instance) {
    for (int round = 0; round < 20; round++) {
      Job cleanup = history.cleanUpHistoryAsync(true);
      management.executeJob(cleanup.getId());
      if (history.createHistoricProcessInstanceQuery().processInstanceId(instance).count() == 0) {
        return;
      }
    }
    throw new AssertionError("the history cleanup never reached " + instance + " (now " + new Date() + ")");
  }

  private ProcessDefinition latest(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
