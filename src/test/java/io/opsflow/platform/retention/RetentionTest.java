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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
    String number = new Http(port).as("service-desk", "demo")
        .post("/api/incidents", "{\"summary\":\"Printer jams on every page\",\"impact\":\"low\",\"urgency\":\"low\"}")
        .json().get("incidentNumber").asText();
    IncidentSteps incidents = new IncidentSteps(engine);
    incidents.runJobs(number);
    String instance = incidents.instanceOf(number);
    String definition = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getProcessDefinitionId();
    // this definition's history expires at the instance's end, so that tonight's cleanup takes it
    repository.updateProcessDefinitionHistoryTimeToLive(definition, 0);
    try {
      incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT,
          true, IncidentVariables.RESOLUTION_NOTES, "Replaced the pickup roller");
      incidents.complete(number, IncidentIds.CONFIRM_RESOLUTION, IncidentVariables.CONFIRMED, true,
          IncidentVariables.SATISFACTION, 5);
      HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult();
      assertThat(ended.getEndTime()).isNotNull();
      assertThat(ended.getRemovalTime()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());

      cleanUpUntilGone(instance);
    } finally {
      repository.updateProcessDefinitionHistoryTimeToLive(definition, policy.daysFor(IncidentIds.PROCESS));
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
    Http.Response read = new Http(port).as("service-desk", "demo").get("/api/incidents/" + number);
    assertThat(read.status()).isEqualTo(200);
    JsonNode ticket = read.json();
    assertThat(ticket.at("/incident/status").asText()).isEqualTo("CLOSED");
    assertThat(ticket.at("/incident/summary").asText()).isEqualTo("Printer jams on every page");
    List<String> phases = new ArrayList<>();
    ticket.get("events").forEach(event -> phases.add(event.get("phase").asText()));
    assertThat(phases).contains("REGISTERED", "CLOSED");
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
