package io.opsflow.release;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.ProcessSteps.moveClock;
import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.release.ReleaseIds.*;
import static io.opsflow.release.ReleaseVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.change.ChangeIntake;
import io.opsflow.change.ChangeRequest;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentIntake;
import io.opsflow.incident.IncidentRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ReleaseManagement, path by path, on the real application: planned, prepared, tested (a failed
 * test goes back to preparation), deployed and watched; a real incident on a released item during
 * the watch asks for a rollback decision; reviewed and closed. A release started directly carries out
 * an approved change (a standard change of its own here). Every flow node is reached.
 */
@OpsFlowTest
class ReleaseManagementTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  ReleaseRecords records;
  @Autowired
  Cmdb cmdb;
  @Autowired
  IncidentIntake incidents;
  @Autowired
  ChangeIntake changes;

  ProcessSteps steps;
  String frontend;
  String backend;

  @BeforeEach
  void twoApplicationsOfTheirOwn() {
    steps = new ProcessSteps(engine);
    frontend = TestItems.create(cmdb, "rel-frontend", "application", "high");
    backend = TestItems.create(cmdb, "rel-backend", "application", "high");
  }

  @Test
  void aReleaseIsPlannedPreparedTestedDeployedWatchedReviewedAndClosed() {
    String change = approvedChange();
    Release release = request("Shop 4.3: one-page checkout", change);
    assertThat(release.number()).matches("REL-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(release.id()).singleResult().getBusinessKey())
        .isEqualTo(release.number());
    assertThat(records.find(release.number()).orElseThrow().cis()).containsExactlyInAnyOrder(frontend, backend);

    plan(release, "PT4H");
    steps.complete(release.id(), PREPARE, BUILD_NOTES, "Built 4.3.0 from tag v4.3.0");
    assertThat(steps.candidateGroups(steps.task(release.id(), TEST))).containsExactly("tester");
    steps.complete(release.id(), TEST, TEST_PASSED, true, TEST_NOTES, "Regression suite green");
    Instant deployedAt = Instant.now();
    steps.complete(release.id(), DEPLOY, DEPLOYMENT_NOTES, "Blue/green switch at 22:05");

    ReleaseRecords.Release watched = records.find(release.number()).orElseThrow();
    assertThat(watched.status()).isEqualTo("WATCHING");
    assertThat(Duration.between(watched.deployedAt(), watched.watchUntil())).isEqualTo(Duration.ofHours(4));
    assertThat(watched.deployedAt()).isBetween(deployedAt.minusSeconds(5), deployedAt.plusSeconds(60));
    assertThat(steps.timerDue(release.id(), WATCH_PASSED).toInstant()).isEqualTo(watched.watchUntil());

    moveClock(Duration.ofHours(4).plusMinutes(1));
    steps.fireTimer(release.id(), WATCH_PASSED);
    steps.complete(release.id(), REVIEW, REVIEW_SUMMARY, "Smooth; next time announce the switch earlier");

    ReleaseRecords.Release closed = records.find(release.number()).orElseThrow();
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.outcome()).isEqualTo(RELEASED);
    assertThat(closed.version()).isEqualTo("4.3.0");
    assertThat(MailServer.about(release.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("[" + release.number() + "] Release released: Shop 4.3: one-page checkout");
      assertThat(mail.to()).contains("release-manager@opsflow.example");
      assertThat(mail.body()).contains(change, "Smooth; next time announce the switch earlier");
    });
    assertThat(steps.endedAt(release.id(), CLOSED)).isTrue();
    assertThat(steps.historicVariable(release.id(), RELEASE_OUTCOME)).isEqualTo(RELEASED);
  }

  @Test
  void aFailedTestSendsThePackageBackToPreparationWithTheFindings() {
    String release = steps.startBefore(PROCESS, "REL-DETOUR-TEST", TEST, RELEASE_TEAM, Roles.CHANGE_IMPLEMENTER);
    coverage.track(release);

    steps.complete(release, TEST, TEST_PASSED, false, TEST_NOTES, "Login page returns 500");

    steps.task(release, PREPARE);
    assertThat(steps.variable(release, TEST_NOTES)).isEqualTo("Login page returns 500");
    steps.complete(release, PREPARE, BUILD_NOTES, "Second build with the session fix");
    steps.complete(release, TEST, TEST_PASSED, true, TEST_NOTES, "All green");
    assertThat(steps.waitingAt(release)).containsExactly(DEPLOY);
  }

  @Test
  void anIncidentOnAReleasedItemDuringTheWatchLeadsToARollback() {
    Release release = deployed(request("Shop 4.4", null));

    String incident = reportIncidentOn(frontend);

    assertThat(steps.waitingAt(release.id())).containsExactly(DECIDE_ON_ROLLBACK);
    assertThat(steps.variable(release.id(), INCIDENT_NUMBER)).isEqualTo(incident);
    steps.complete(release.id(), DECIDE_ON_ROLLBACK, ReleaseVariables.ROLL_BACK, true);
    assertThat(steps.candidateGroups(steps.task(release.id(), ReleaseIds.ROLL_BACK))).containsExactly("change-implementer");
    steps.complete(release.id(), ReleaseIds.ROLL_BACK, ROLLBACK_NOTES, "Switched back to blue (4.3.0)");
    assertThat(records.find(release.number()).orElseThrow().status()).isEqualTo("ROLLED_BACK");
    steps.complete(release.id(), REVIEW, REVIEW_SUMMARY, "Checkout broke under load; 4.4 goes back to test");

    ReleaseRecords.Release closed = records.find(release.number()).orElseThrow();
    assertThat(closed.outcome()).isEqualTo(ROLLED_BACK);
    assertThat(records.phases(release.number())).containsSubsequence("DEPLOYED", "INCIDENT_REPORTED", "ROLLED_BACK", "CLOSED");
    assertThat(MailServer.about(release.number())).extracting(MailServer.Mail::subject)
        .containsExactly("[" + release.number() + "] Release rolled back: Shop 4.4");
    assertThat(steps.historicVariable(release.id(), RELEASE_OUTCOME)).isEqualTo(ROLLED_BACK);
  }

  @Test
  void anIncidentJudgedUnrelatedKeepsProductionWatchedUntilThePeriodEnds() {
    Release release = deployed(request("Shop 4.5", null));
    reportIncidentOn(backend);
    steps.complete(release.id(), DECIDE_ON_ROLLBACK, ReleaseVariables.ROLL_BACK, false);

    assertThat(steps.waitingAt(release.id())).containsExactly(WATCH_OUTCOME);
    reportIncidentOn("some-other-item-" + UUID.randomUUID());
    assertThat(steps.waitingAt(release.id())).as("an incident elsewhere").containsExactly(WATCH_OUTCOME);

    moveClock(Duration.ofHours(1).plusMinutes(1));
    steps.fireTimer(release.id(), WATCH_PASSED);
    assertThat(steps.waitingAt(release.id())).containsExactly(REVIEW);
    reportIncidentOn(frontend);
    assertThat(steps.waitingAt(release.id())).as("after the watch period").containsExactly(REVIEW);
    assertThat(records.phases(release.number())).containsOnlyOnce("INCIDENT_REPORTED");
    assertThat(steps.variable(release.id(), RELEASE_OUTCOME)).isEqualTo(RELEASED);
  }

  @Test
  void incidentsReportedWhileTheManagerDecidesJoinThatDecision() {
    Release release = deployed(request("Shop 4.8", null));
    String first = reportIncidentOn(frontend);
    String second = reportIncidentOn(backend);

    assertThat(steps.variable(release.id(), INCIDENT_NUMBER)).isEqualTo(first + ", " + second);
    steps.complete(release.id(), DECIDE_ON_ROLLBACK, ReleaseVariables.ROLL_BACK, false);
    String third = reportIncidentOn(frontend);
    assertThat(steps.variable(release.id(), INCIDENT_NUMBER)).as("a new decision").isEqualTo(third);
    assertThat(steps.waitingAt(release.id())).containsExactly(DECIDE_ON_ROLLBACK);
  }

  @Test
  void theDeploymentIsDueAtThePlannedTime() {
    Release release = request("Shop 4.9", null);
    plan(release, "PT1H");
    steps.complete(release.id(), PREPARE, BUILD_NOTES, "Built");
    steps.complete(release.id(), TEST, TEST_PASSED, true);

    assertThat(steps.task(release.id(), DEPLOY).getDueDate().toInstant())
        .isEqualTo(java.time.OffsetDateTime.parse("2026-12-05T22:00+08:00").toInstant());
  }

  @Test
  void theStartNamesTheTeamThatBuildsAndDeploys() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "Requirement release",
        AFFECTED_CIS, List.of(frontend), RELEASE_TEAM, "dev-lead", SOURCE_NUMBER, approvedChange()));
    coverage.track(instance.getId());
    steps.complete(instance.getId(), PLAN, VERSION, "1.0", WATCH_PERIOD, "PT1H", ROLLBACK_PLAN, "Redeploy 0.9");

    assertThat(steps.candidateGroups(steps.task(instance.getId(), PREPARE))).containsExactly("dev-lead");
  }

  @Test
  void badInputStartsNoReleaseAndCompletesNoTask() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", AFFECTED_CIS, List.of("no-such-item"))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("affectedCis names no configuration item in service: no-such-item");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(RELEASE_CONTENTS, "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");

    Http releaseManager = new Http(port).as("release-manager", "demo");
    Http.Response rest = releaseManager.post("/engine-rest/process-definition/key/ReleaseManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"affectedCis\":{\"value\":\"[\\\"" + frontend
            + "\\\",\\\"ghost\\\"]\",\"type\":\"Json\"}}}");
    assertThat(rest.status()).isEqualTo(400);
    assertThat(rest.json().path("field").asText()).isEqualTo(AFFECTED_CIS.name());

    Release release = request("Shop 4.6", null);
    String plan = steps.task(release.id(), PLAN).getId();
    Http.Response forever = releaseManager.post("/engine-rest/task/" + plan + "/complete",
        "{\"variables\":{\"version\":{\"value\":\"4.6\"},\"rollbackPlan\":{\"value\":\"Redeploy 4.5\"},"
            + "\"watchPeriod\":{\"value\":\"forever\"}}}");
    assertThat(forever.status()).isEqualTo(400);
    assertThat(forever.body()).contains("watchPeriod must be a duration");
    assertThat(steps.waitingAt(release.id())).containsExactly(PLAN);
  }

  @Test
  void aReleaseStartedDirectlyNamesItsApprovedChangeOnEveryDoorOrIsRefused() {
    // 所有的系统变更都应该经过严格的变更管理流程: no production release without an approved change
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "Hotfix", AFFECTED_CIS, List.of(frontend))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("sourceNumber is required");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "Hotfix", SOURCE_NUMBER, "REQ-2026-000031")))
        .as("a requirement calls its release itself").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("sourceNumber names no change: REQ-2026-000031");

    Http releaseManager = new Http(port).as("release-manager", "demo");
    Http.Response rest = releaseManager.post("/engine-rest/process-definition/key/ReleaseManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"Hotfix\"}}}");
    assertThat(rest.status()).isEqualTo(400);
    assertThat(rest.json().path("field").asText()).isEqualTo(SOURCE_NUMBER.name());

    String unapproved = changes.submit(new ChangeRequest("Resize the shop database", null, "normal", List.of(frontend),
        null, null, "Shrink it again", true, null, null, null, null)).changeNumber(); // waits for its assessment and CAB
    String hotfix = "Hotfix " + UUID.randomUUID();
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "release-manager", "demo");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS)
        .latestVersion().singleResult().getId();
    Http.Response startForm = tasklist.post("/camunda/api/engine/engine/default/process-definition/" + definition
        + "/submit-form", "{\"variables\":{\"summary\":{\"value\":\"" + hotfix + "\",\"type\":\"String\"},"
        + "\"sourceNumber\":{\"value\":\"" + unapproved + "\",\"type\":\"String\"}}}");
    assertThat(startForm.status()).isEqualTo(400);
    assertThat(startForm.json().path("field").asText()).isEqualTo(SOURCE_NUMBER.name());
    assertThat(startForm.json().path("message").asText()).contains(unapproved + ", which is not approved");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(SUMMARY.name(), hotfix).count()).as("nothing started").isZero();

    String approved = approvedChange();
    Http.Response started = releaseManager.post("/engine-rest/process-definition/key/ReleaseManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"Hotfix\"},\"sourceNumber\":{\"value\":\"" + approved + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    coverage.track(started.json().path("id").asText());
  }

  @Test
  void theReleaseRecordIsReadByTheChangeAndReleaseRolesOnly() {
    Release release = request("Shop 4.7", null);

    Http.Response read = new Http(port).as("release-manager", "demo").get("/api/releases/" + release.number());
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().path("status").asText()).isEqualTo("PLANNING");
    assertThat(read.json().path("cis")).hasSize(2);
    assertThat(new Http(port).as("requester", "demo").get("/api/releases/" + release.number()).status()).isEqualTo(404);
  }

  // --- helpers --------------------------------------------------------------------------------

  record Release(String id, String number) {
  }

  /** A release manager's release of the approved change {@code change}, or of a new one. */
  private Release request(String summary, String change) {
    Map<String, Object> variables = vars(SUMMARY, summary, AFFECTED_CIS, List.of(frontend, backend),
        RELEASE_CONTENTS, "Front-end bundle and order service", SOURCE_NUMBER, change == null ? approvedChange() : change);
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, variables);
    coverage.track(instance.getId());
    return new Release(instance.getId(), steps.variable(instance.getId(), RELEASE_NUMBER));
  }

  /** A standard change, approved in advance and not yet carried out: what a release started directly carries out. */
  private String approvedChange() {
    String item = TestItems.create(cmdb, "rel-change", "application", "low");
    return changes.submit(new ChangeRequest("Ship the shop release", null, "standard", List.of(item), null, null,
        "Redeploy the previous package", true, null, null, null, null)).changeNumber();
  }

  private void plan(Release release, String watchPeriod) {
    steps.complete(release.id(), PLAN, VERSION, "4.3.0",
        "plannedDeployment", "2026-12-05T22:00+08:00", // as the form's datetime field submits it
        WATCH_PERIOD, watchPeriod,
        ROLLBACK_PLAN, "Switch the load balancer back to blue");
  }

  private Release deployed(Release release) {
    plan(release, "PT1H");
    steps.complete(release.id(), PREPARE, BUILD_NOTES, "Built");
    steps.complete(release.id(), TEST, TEST_PASSED, true);
    steps.complete(release.id(), DEPLOY, DEPLOYMENT_NOTES, "Live");
    return release;
  }

  private String reportIncidentOn(String ci) {
    IncidentIntake.Opened incident = incidents.open(new IncidentRequest("Errors on " + ci, null, null, null, null, ci, null));
    steps.runJobs(incident.processInstanceId()); // registration is an async step
    return incident.incidentNumber();
  }
}
