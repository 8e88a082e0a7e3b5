package io.opsflow.continuity;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.continuity.BackupTestIds.*;
import static io.opsflow.continuity.BackupTestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.incident.IncidentVariables;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.incident.IncidentIds;
import io.opsflow.platform.process.Variable;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BackupRestoreTest, path by path, on the real application: a sound backup restored in isolation
 * and verified passes and is tested again in a month; a restore that fails verification, or a
 * backup that does not match its source, fails, opens an incident in the system's category and is
 * tested again in a week.
 */
class BackupRestoreTestProcessTest extends ContinuityTestBase {

  private static final Instant NOW = Instant.parse("2026-07-06T02:00:00Z");

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  ContinuitySchedule schedule;

  String db;

  BackupRestoreTestProcessTest() {
    super(NOW);
  }

  @BeforeEach
  void aBackedUpDatabase() {
    db = fixtures.plan(60, 15, "P3M", "database", "application").current().backupSystems().get(0);
  }

  @Test
  void aSoundBackupRestoredInIsolationAndVerifiedPassesAndIsTestedAgainInAMonth() {
    BackupTest test = request(db);
    assertThat(test.number()).matches("BRT-\\d{4}-\\d{6}");

    verifyBackups(test, "9F86D081884C7D65", "9f86d081884c7d65", null, null);
    complete(test, RESTORE, RESTORE_ENVIRONMENT, "restore-lab-02", RESTORE_ISOLATED, true);
    complete(test, VERIFY_RESTORED_DATA, INTEGRITY_VERIFIED, true, DATA_USABLE, true,
        VERIFICATION_NOTES, "pg_amcheck clean; the CRM opens customer 4711");

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
    complete(test, RESTORE, RESTORE_ENVIRONMENT, "restore-lab-02", RESTORE_ISOLATED, true);
    complete(test, VERIFY_RESTORED_DATA, INTEGRITY_VERIFIED, false, DATA_USABLE, false,
        VERIFICATION_NOTES, "The restore stops at table orders: the backup file is truncated");

    assertEnded(test, FAILURE_REPORTED);
    String incident = backups.find(test.number()).orElseThrow().incidentNumber();
    assertThat(incident).matches("INC-\\d{4}-\\d{6}");
    ProcessInstance opened = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS)
        .processInstanceBusinessKey(incident).singleResult();
    assertThat(runtime.getVariable(opened.getId(), IncidentVariables.CATEGORY.name())).isEqualTo("database");
    assertThat(runtime.getVariable(opened.getId(), IncidentVariables.AFFECTED_CI.name())).isEqualTo(db);
    assertThat((String) runtime.getVariable(opened.getId(), IncidentVariables.DESCRIPTION.name())).contains(test.number(),
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
    complete(test, VERIFY_BACKUPS, BACKUPS_RAN, true, ENCRYPTED, true, STORED_OFFSITE, true,
        SOURCE_CHECKSUM, "aa11", BACKUP_CHECKSUM, "aa11",
        LAST_BACKUP_AT.name(), "2026-07-03T09:00+08:00"); // three days before the test, the cycle is one

    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(test.processInstanceId())
        .activityId(RESTORE).count()).as("a stale backup is not restored").isZero();
    assertEnded(test, FAILURE_REPORTED);
    BackupTests.Test record = backups.find(test.number()).orElseThrow();
    assertThat(record.backupSound()).isFalse();
    assertThat(record.result()).isEqualTo("failed");
    ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS)
        .processInstanceBusinessKey(record.incidentNumber()).singleResult();
    assertThat((String) runtime.getVariable(incident.getId(), IncidentVariables.DESCRIPTION.name()))
        .contains("latest backup finished 2026-07-03 09:00 Asia/Shanghai (older than the backup cycle of 1 day)");
  }

  @Test
  void backupsAreDailySoABackup25HoursOldIsNotRecentAnd23HoursOldIs() {
    assertThat(schedule.backupMaxAge()).as("the default of application.yaml").isEqualTo(Duration.ofDays(1));

    BackupTest stale = request(db);
    complete(stale, VERIFY_BACKUPS, BACKUPS_RAN, true, ENCRYPTED, true, STORED_OFFSITE, true,
        SOURCE_CHECKSUM, "aa11", BACKUP_CHECKSUM, "aa11",
        LAST_BACKUP_AT.name(), local(NOW.minus(Duration.ofHours(25))));
    assertThat(historicVariable(stale, BACKUP_RECENT)).isEqualTo(false);
    assertEnded(stale, FAILURE_REPORTED);
    assertThat(backups.find(stale.number()).orElseThrow().backupSound()).isFalse();

    BackupTest recent = request(db);
    complete(recent, VERIFY_BACKUPS, BACKUPS_RAN, true, ENCRYPTED, true, STORED_OFFSITE, true,
        SOURCE_CHECKSUM, "aa11", BACKUP_CHECKSUM, "aa11",
        LAST_BACKUP_AT.name(), local(NOW.minus(Duration.ofHours(23))));
    assertThat(historicVariable(recent, BACKUP_RECENT)).isEqualTo(true);
    assertThat(steps.waitingAt(recent.processInstanceId())).containsExactly(RESTORE);
    assertThat(backups.find(recent.number()).orElseThrow().backupSound()).isTrue();
  }

  @Test
  void aBackupDatedInTheFutureIsRefusedNamingTheField() {
    String test = steps.startBefore(PROCESS, null, VERIFY_BACKUPS, SYSTEM_ID, db);
    coverage.track(test);
    Http.Response future = new Http(port).as("ops-engineer", "demo").post(
        "/engine-rest/task/" + steps.task(test, VERIFY_BACKUPS).getId() + "/complete",
        "{\"variables\":{\"backupsRan\":{\"value\":true},\"lastBackupAt\":{\"value\":\"2026-07-06T11:00+08:00\"},"
            + "\"sourceChecksum\":{\"value\":\"aa11\"},\"backupChecksum\":{\"value\":\"aa11\"},"
            + "\"encrypted\":{\"value\":true},\"storedOffsite\":{\"value\":true}}}");
    assertThat(future.status()).as(future.body()).isEqualTo(400);
    assertThat(future.body()).contains("lastBackupAt lies in the future");
    assertThat(steps.waitingAt(test)).as("still open").containsExactly(VERIFY_BACKUPS);
  }

  @Test
  void theTestNumbersItselfWhateverTheCallerHandsIn() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        vars(SYSTEM_ID, db, TEST_NUMBER, "BRT-2001-000001"));
    coverage.track(instance.getId());

    assertThat(instance.getBusinessKey()).matches("BRT-\\d{4}-\\d{6}").isNotEqualTo("BRT-2001-000001");
    assertThat(backups.find(instance.getBusinessKey())).isPresent();
    assertThat(backups.find("BRT-2001-000001")).isEmpty();
  }

  @Test
  void theScheduleStartsATestForTheDueSystem() {
    ProcessInstance instance = runtime.createMessageCorrelation(TEST_DUE_MESSAGE).setVariable(SYSTEM_ID.name(), db)
        .correlateStartMessage();
    coverage.track(instance.getId());

    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(VERIFY_BACKUPS);
    assertThat(backups.schedule(db).orElseThrow().nextDueAt()).as("not picked again while it runs")
        .isEqualTo(ContinuitySchedule.after(NOW, Period.ofMonths(1)));
  }

  @Test
  void badInputStartsNoTestAndCompletesNoTask() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SYSTEM_ID, "crm-app")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("systemId names crm-app, which no DR plan in force backs up");

    BackupTest test = request(db);
    Task verify = task(test, VERIFY_BACKUPS);
    assertThatThrownBy(() -> tasks.complete(verify.getId(), vars(BACKUPS_RAN, true,
        LAST_BACKUP_AT.name(), "2026-07-06T01:00+08:00", ENCRYPTED, true, STORED_OFFSITE, true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("sourceChecksum and backupChecksum");
    verifyBackups(test, "aa11", "aa11", null, null);
    Task restore = task(test, RESTORE);
    assertThatThrownBy(() -> tasks.complete(restore.getId(), vars(RESTORE_ENVIRONMENT, "prod-db-01",
        RESTORE_ISOLATED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("restoreIsolated must be confirmed");
  }

  // --- helpers --------------------------------------------------------------------------------

  record BackupTest(String processInstanceId, String number) {
  }

  private BackupTest request(String system) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, vars(SYSTEM_ID, system));
    coverage.track(instance.getId());
    return new BackupTest(instance.getId(), instance.getBusinessKey());
  }

  private void verifyBackups(BackupTest test, String sourceChecksum, String backupChecksum, Long sourceRows,
      Long backupRows) {
    complete(test, VERIFY_BACKUPS, BACKUPS_RAN, true, LAST_BACKUP_AT.name(), "2026-07-06T01:00+08:00",
        SOURCE_CHECKSUM, sourceChecksum, BACKUP_CHECKSUM, backupChecksum, SOURCE_ROW_COUNT, sourceRows,
        BACKUP_ROW_COUNT, backupRows, ENCRYPTED, true, STORED_OFFSITE, true);
  }

  private void complete(BackupTest test, String taskKey, Object... namesAndValues) {
    steps.complete(test.processInstanceId(), taskKey, namesAndValues);
  }

  private Task task(BackupTest test, String taskKey) {
    return steps.task(test.processInstanceId(), taskKey);
  }

  private Object historicVariable(BackupTest test, Variable<?> variable) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(test.processInstanceId())
        .variableName(variable.name()).singleResult().getValue();
  }

  private void assertEnded(BackupTest test, String endEventId) {
    assertEnded(test.processInstanceId(), endEventId);
  }
}
