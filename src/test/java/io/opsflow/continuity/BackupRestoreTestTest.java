package io.opsflow.continuity;

import static io.opsflow.continuity.BackupTestIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.configuration.Cmdb;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * BackupRestoreTest, path by path, on the real application: a sound backup restored in isolation
 * and verified passes and is tested again in a month; a restore that fails verification, or a
 * backup that does not match its source, fails, opens an incident in the system's category and is
 * tested again in a week.
 */
@OpsFlowTest
class BackupRestoreTestTest {

  private static final Instant NOW = Instant.parse("2026-07-06T02:00:00Z");

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  DrPlans plans;
  @Autowired
  BackupTests backups;
  @Autowired
  Cmdb cmdb;
  @LocalServerPort
  int port;

  ContinuityFixtures fixtures;
  final List<DrPlans.Plan> created = new ArrayList<>();
  String db;

  @BeforeEach
  void aBackedUpDatabase() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    fixtures = new ContinuityFixtures(cmdb, plans);
    DrPlans.Plan plan = fixtures.plan(60, 15, "P3M", "database", "application");
    created.add(plan);
    db = plan.current().backupSystems().get(0);
  }

  @AfterEach
  void retirePlans() {
    created.forEach(fixtures::retire);
    ClockUtil.reset();
  }

  @Test
  void aSoundBackupRestoredInIsolationAndVerifiedPassesAndIsTestedAgainInAMonth() {
    BackupTest test = request(db);
    assertThat(test.number()).matches("BRT-\\d{4}-\\d{6}");

    verifyBackups(test, "9F86D081884C7D65", "9f86d081884c7d65", null, null);
    complete(test, RESTORE, "restoreEnvironment", "restore-lab-02", "restoreIsolated", true);
    complete(test, VERIFY_RESTORED_DATA, "integrityVerified", true, "dataUsable", true,
        "verificationNotes", "pg_amcheck clean; the CRM opens customer 4711");

    assertEnded(test, PASSED);
    BackupTests.Schedule schedule = backups.schedule(db).orElseThrow();
    assertThat(schedule.lastResult()).isEqualTo("passed");
    assertThat(schedule.lastTestNumber()).isEqualTo(test.number());
    assertThat(schedule.nextDueAt()).isEqualTo(ContinuitySchedule.after(NOW, Period.ofMonths(1)));

    JsonNode record = new Http(port).as("ops-engineer", "demo").get("/api/dr/backup-tests/" + test.number()).json();
    assertThat(record.get("result").asText()).isEqualTo("passed");
    assertThat(record.get("backupSound").asBoolean()).isTrue();
    assertThat(record.get("restoreEnvironment").asText()).isEqualTo("restore-lab-02");
    assertThat(record.has("incidentNumber")).isFalse();
  }

  @Test
  void aRestoreThatFailsVerificationOpensADatabaseIncidentAndIsTestedAgainInAWeek() {
    BackupTest test = request(db);
    verifyBackups(test, null, null, 120_000L, 120_000L);
    complete(test, RESTORE, "restoreEnvironment", "restore-lab-02", "restoreIsolated", true);
    complete(test, VERIFY_RESTORED_DATA, "integrityVerified", false, "dataUsable", false,
        "verificationNotes", "The restore stops at table orders: the backup file is truncated");

    assertEnded(test, FAILURE_REPORTED);
    String incident = backups.find(test.number()).orElseThrow().incidentNumber();
    assertThat(incident).matches("INC-\\d{4}-\\d{6}");
    ProcessInstance opened = runtime.createProcessInstanceQuery().processDefinitionKey("IncidentManagement")
        .processInstanceBusinessKey(incident).singleResult();
    assertThat(runtime.getVariable(opened.getId(), "category")).isEqualTo("database");
    assertThat(runtime.getVariable(opened.getId(), "affectedCi")).isEqualTo(db);
    assertThat((String) runtime.getVariable(opened.getId(), "description")).contains(test.number(),
        "restored data intact: no", "the backup file is truncated");
    assertThat(backups.schedule(db).orElseThrow().nextDueAt()).as("tested again sooner")
        .isEqualTo(NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void aBackupThatDoesNotMatchItsSourceFailsWithoutARestore() {
    BackupTest test = request(db);
    verifyBackups(test, "aa11", "aa11", 120_000L, 119_412L);

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(test.processInstanceId())
        .activityId(RESTORE).count()).as("no restore of an unsound backup").isZero();
    assertEnded(test, FAILURE_REPORTED);
    assertThat(backups.find(test.number()).orElseThrow())
        .satisfies(t -> assertThat(t.backupSound()).isFalse())
        .satisfies(t -> assertThat(t.result()).isEqualTo("failed"))
        .satisfies(t -> assertThat(t.incidentNumber()).isNotNull());
  }

  @Test
  void aBackupOlderThanTheBackupCycleFailsAndOpensAnIncident() {
    BackupTest test = request(db);
    Map<String, Object> variables = new HashMap<>(Map.of("backupsRan", true, "encrypted", true, "storedOffsite", true,
        "sourceChecksum", "aa11", "backupChecksum", "aa11"));
    variables.put("lastBackupAt", "2026-07-03T09:00+08:00"); // three days before the test, the cycle is two
    complete(test, VERIFY_BACKUPS, variables);

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(test.processInstanceId())
        .activityId(RESTORE).count()).as("a stale backup is not restored").isZero();
    assertEnded(test, FAILURE_REPORTED);
    BackupTests.Test record = backups.find(test.number()).orElseThrow();
    assertThat(record.backupSound()).isFalse();
    assertThat(record.result()).isEqualTo("failed");
    ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey("IncidentManagement")
        .processInstanceBusinessKey(record.incidentNumber()).singleResult();
    assertThat((String) runtime.getVariable(incident.getId(), "description"))
        .contains("latest backup finished 2026-07-03 09:00 Asia/Shanghai (older than the backup cycle of 2 days)");
  }

  @Test
  void aBackupDatedInTheFutureIsRefusedNamingTheField() {
    BackupTest test = request(db);
    Http.Response future = new Http(port).as("ops-engineer", "demo").post(
        "/engine-rest/task/" + task(test, VERIFY_BACKUPS).getId() + "/complete",
        "{\"variables\":{\"backupsRan\":{\"value\":true},\"lastBackupAt\":{\"value\":\"2026-07-06T11:00+08:00\"},"
            + "\"sourceChecksum\":{\"value\":\"aa11\"},\"backupChecksum\":{\"value\":\"aa11\"},"
            + "\"encrypted\":{\"value\":true},\"storedOffsite\":{\"value\":true}}}");
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(future.body()).contains("lastBackupAt lies in the future");
    assertThat(task(test, VERIFY_BACKUPS)).as("still open").isNotNull();
  }

  @Test
  void theTestNumbersItselfWhateverTheCallerHandsIn() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        Map.of("systemId", db, "testNumber", "BRT-2001-000001"));
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("BRT-\\d{4}-\\d{6}").isNotEqualTo("BRT-2001-000001");
    assertThat(backups.find(instance.getBusinessKey())).isPresent();
    assertThat(backups.find("BRT-2001-000001")).isEmpty();
  }

  @Test
  void theScheduleStartsATestForTheDueSystem() {
    ProcessInstance instance = runtime.createMessageCorrelation(TEST_DUE_MESSAGE).setVariable("systemId", db)
        .correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(VERIFY_BACKUPS);
    assertThat(backups.schedule(db).orElseThrow().nextDueAt()).as("not picked again while it runs")
        .isEqualTo(ContinuitySchedule.after(NOW, Period.ofMonths(1)));
  }

  @Test
  void badInputStartsNoTestAndCompletesNoTask() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("systemId", "crm-app")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("systemId names crm-app, which no DR plan in force backs up");

    BackupTest test = request(db);
    Task verify = task(test, VERIFY_BACKUPS);
    assertThatThrownBy(() -> tasks.complete(verify.getId(), Map.of("backupsRan", true,
        "lastBackupAt", "2026-07-06T01:00+08:00", "encrypted", true, "storedOffsite", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("sourceChecksum and backupChecksum");
    verifyBackups(test, "aa11", "aa11", null, null);
    Task restore = task(test, RESTORE);
    assertThatThrownBy(() -> tasks.complete(restore.getId(), Map.of("restoreEnvironment", "prod-db-01",
        "restoreIsolated", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("restoreIsolated must be confirmed");
  }

  // --- helpers --------------------------------------------------------------------------------

  record BackupTest(String processInstanceId, String number) {
  }

  private BackupTest request(String system) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("systemId", system));
    coverage.track(instance.getId());
    return new BackupTest(instance.getId(), instance.getBusinessKey());
  }

  private void verifyBackups(BackupTest test, String sourceChecksum, String backupChecksum, Long sourceRows,
      Long backupRows) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("backupsRan", true);
    variables.put("lastBackupAt", "2026-07-06T01:00+08:00");
    variables.put("sourceChecksum", sourceChecksum);
    variables.put("backupChecksum", backupChecksum);
    variables.put("sourceRowCount", sourceRows);
    variables.put("backupRowCount", backupRows);
    variables.put("encrypted", true);
    variables.put("storedOffsite", true);
    complete(test, VERIFY_BACKUPS, variables);
  }

  private void complete(BackupTest test, String taskKey, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    complete(test, taskKey, variables);
  }

  private void complete(BackupTest test, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(test, taskKey).getId(), variables);
    Jobs.runDue(management, test.processInstanceId());
  }

  private Task task(BackupTest test, String taskKey) {
    Task task = tasks.createTaskQuery().processInstanceId(test.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    return task;
  }

  private void assertEnded(BackupTest test, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(test.processInstanceId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(test.processInstanceId())
        .activityId(endEventId).count()).isEqualTo(1);
  }
}
