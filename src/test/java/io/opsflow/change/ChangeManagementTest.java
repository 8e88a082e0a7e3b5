package io.opsflow.change;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.ProcessSteps.moveClock;
import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.change.ChangeIds.*;
import static io.opsflow.change.ChangeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.incident.IncidentRecords;
import io.opsflow.problem.ProblemIds;
import io.opsflow.problem.ProblemRecords;
import io.opsflow.release.ReleaseIds;
import io.opsflow.release.ReleaseVariables;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ChangeManagement, path by path, on the real application with its CMDB, release and incident
 * processes: standard, normal approved and rejected, emergency with its retrospective, an ECAB
 * that misses its deadline, freeze and schedule conflicts, no-go, a change shipping software, failed
 * verification with a successful and a failed backout. Every flow node is reached.
 */
@OpsFlowTest
class ChangeManagementTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  ChangeRecords records;
  @Autowired
  ChangeSchedule schedule;
  @Autowired
  Cmdb cmdb;
  @Autowired
  IncidentRecords incidents;
  @Autowired
  ProblemRecords problems;

  /** The business-hours zone the change policy's freeze periods are given in. */
  static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

  ProcessSteps steps;
  String app;
  String server;
  String database;

  @BeforeEach
  void itemsOfTheirOwn() {
    steps = new ProcessSteps(engine);
    app = TestItems.create(cmdb, "chg-app", "application", "medium");
    server = TestItems.create(cmdb, "chg-server", "server", "medium");
    database = TestItems.create(cmdb, "chg-db", "database", "high");
  }

  @AfterEach
  void nobodyLoggedIn() {
    identity.clearAuthentication();
  }

  @Test
  void aNormalChangeIsApprovedByTheCabScheduledImplementedVerifiedReviewedAndClosed() {
    Change change = submit(rfc("Upgrade the order service to 2.1", List.of(app, server)));
    assertThat(change.number()).matches("CHG-\\d{4}-\\d{6}");

    ChangeRecords.Change classified = records.find(change.number()).orElseThrow();
    assertThat(classified.changeType()).isEqualTo("normal");
    assertThat(classified.risk()).as("medium-criticality items").isEqualTo("medium");
    assertThat(classified.approvalPath()).isEqualTo("cab");
    assertThat(classified.cis()).containsExactlyInAnyOrder(app, server);
    steps.complete(change.id(), ASSESS, ASSESSMENT, "Low blast radius, customers get faster checkout");
    // 制定实施计划、恢复计划: the change owner writes the plans the CAB votes on
    assertThat(steps.waitingAt(change.id())).containsExactly(WRITE_PLANS);
    assertThat(steps.candidateGroups(steps.task(change.id(), WRITE_PLANS))).containsExactly("change-implementer");
    steps.complete(change.id(), WRITE_PLANS, IMPLEMENTATION_PLAN, "Drain node 1, deploy 2.1, smoke test, then node 2",
        BACKOUT_PLAN, "Redeploy 2.0 node by node");

    List<Task> votes = steps.tasks(change.id());
    assertThat(votes).extracting(t -> steps.candidateGroups(t).get(0))
        .as("CAB of an application and a server change of medium risk")
        .containsExactlyInAnyOrder("cab", "change-manager", "release-manager", "ops-engineer");
    assertThat(steps.variable(change.id(), VOTING_RULE)).isEqualTo("majority");
    vote(change, "cab", true, null);
    vote(change, "change-manager", true, null);
    vote(change, "ops-engineer", true, "Server has the headroom");
    assertThat(steps.waitingAt(change.id())).as("3 of 4 is a majority: the last vote is withdrawn").containsExactly(PLAN);
    assertThat(records.find(change.number()).orElseThrow().votes()).hasSize(3)
        .allSatisfy(v -> assertThat(v.approved()).isTrue())
        .anySatisfy(v -> assertThat(v.voter()).isEqualTo("ops-engineer"));

    Instant start = freeWindow(3);
    steps.complete(change.id(), PLAN, PLANNED_START, start, PLANNED_END, start.plus(2, ChronoUnit.HOURS),
        SHIPS_SOFTWARE, false, IMPLEMENTERS, List.of("change-implementer"));
    assertThat(records.find(change.number()).orElseThrow().status()).isEqualTo("SCHEDULED");
    steps.complete(change.id(), BUILD_AND_TEST, BUILD_NOTES, "Built 2.1, load-tested in staging");
    steps.complete(change.id(), GO_NO_GO, GO, true);
    assertThat(steps.waitingAt(change.id())).as("carried out in its window").containsExactly(WINDOW_OPENED);
    assertThat(steps.timerDue(change.id(), WINDOW_OPENED).toInstant()).isEqualTo(start);
    moveClock(Duration.between(Instant.now(), start).plusMinutes(1));
    steps.fireTimer(change.id(), WINDOW_OPENED);
    assertThat(steps.task(change.id(), IMPLEMENT).getAssignee()).as("the named implementer").isEqualTo("change-implementer");
    steps.as("change-implementer", () -> {
      steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Rolled out 2.1 node by node",
          CI_CHANGES, List.of(Map.of("ci", app, "attribute", "version", "value", "2.1"),
              Map.of("ci", "", "attribute", "", "value", "")));
      return null;
    });
    steps.complete(change.id(), VERIFY, VERIFIED, true, VERIFICATION_NOTES, "Orders flow, error rate flat");
    steps.complete(change.id(), REVIEW, REVIEW_NOTES, "Goal met; keep the node-by-node rollout", KNOWLEDGE_ARTICLE_NEEDED, true);

    assertThat(cmdb.find(app).orElseThrow().baselineVersion()).isEqualTo(2);
    assertThat(cmdb.find(app).orElseThrow().attributes()).contains("\"version\":\"2.1\"");
    assertThat(cmdb.find(server).orElseThrow().baselineVersion()).as("nothing recorded for it").isEqualTo(1);
    assertThat(cmdb.audit(app)).filteredOn(a -> change.number().equals(a.changeNumber()))
        .extracting(Cmdb.Audit::field, Cmdb.Audit::changedBy)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("attributes", "change-implementer"),
            org.assertj.core.groups.Tuple.tuple("baselineVersion", "change-implementer"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KnowledgeArticle")
        .variableValueEquals("sourceRef", change.number()).count()).as("knowledge article requested").isEqualTo(1);
    ChangeRecords.Change closed = records.find(change.number()).orElseThrow();
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.outcome()).isEqualTo("successful");
    assertThat(MailServer.about(change.number())).singleElement().satisfies(mail -> {
      assertThat(mail.to()).containsExactly("requester@opsflow.example");
      assertThat(mail.subject()).isEqualTo("[" + change.number() + "] Change implemented: Upgrade the order service to 2.1");
    });
    assertThat(steps.endedAt(change.id(), CLOSED)).isTrue();
  }

  @Test
  void aHighRiskChangeIsRejectedByOneVoteAndTheRequesterLearnsWhy() {
    Change change = submit(rfc("Move the CRM database to new storage", List.of(database)));
    assertThat(records.find(change.number()).orElseThrow().risk()).isEqualTo("high");
    assessAndPlan(change.id(), "Needs downtime");
    assertThat(steps.variable(change.id(), VOTING_RULE)).isEqualTo("unanimous");

    vote(change, "process-owner", false, "Not during the quarter-end close");

    assertThat(steps.tasks(change.id())).as("one rejection decides a unanimous vote").isEmpty();
    assertThat(records.find(change.number()).orElseThrow().status()).isEqualTo("REJECTED");
    assertThat(MailServer.about(change.number())).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("[" + change.number() + "] Change rejected: Move the CRM database to new storage");
      assertThat(mail.body()).contains("process-owner: Not during the quarter-end close");
    });
    assertThat(steps.endedAt(change.id(), REJECTED)).isTrue();
  }

  @Test
  void aStandardChangeIsPreApprovedImplementedWithARecordAndClosedWithoutReviewButWithAKnowledgeDecision() {
    String printer = TestItems.create(cmdb, "chg-printer", "server", "low");
    Change change = submit(vars(SUMMARY, "Rotate the print server certificate", CHANGE_TYPE, "standard",
        AFFECTED_CIS, List.of(printer), TESTED, true, BACKOUT_PLAN, "Restore the old certificate"));

    assertThat(records.find(change.number()).orElseThrow().approvalPath()).isEqualTo("pre-approved");
    assertThatThrownBy(() -> steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Installed",
        CI_CHANGES, printer + " certificateExpiry 2027-12-01"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ciChanges line 1");
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "New certificate installed, expires 2027-12",
        CI_CHANGES, "\n" + printer + ": certificateExpiry = 2027-12-01\n");
    steps.complete(change.id(), VERIFY, VERIFIED, true);

    // 变更知识库更新: no review, but the knowledge article is decided for this change too
    assertThat(steps.waitingAt(change.id())).containsExactly(DECIDE_KNOWLEDGE);
    assertThat(steps.candidateGroups(steps.task(change.id(), DECIDE_KNOWLEDGE))).containsExactly("change-manager");
    assertThatThrownBy(() -> steps.complete(change.id(), DECIDE_KNOWLEDGE))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("knowledgeArticleNeeded is required");
    steps.complete(change.id(), DECIDE_KNOWLEDGE, KNOWLEDGE_ARTICLE_NEEDED, true);

    assertThat(steps.historicVariable(change.id(), KNOWLEDGE_ARTICLE_NEEDED)).as("the decision is recorded").isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("KnowledgeArticle")
        .variableValueEquals("sourceRef", change.number()).count()).as("knowledge article requested").isEqualTo(1);
    assertThat(records.find(change.number()).orElseThrow().status()).isEqualTo("CLOSED");
    assertThat(cmdb.find(printer).orElseThrow().baselineVersion()).isEqualTo(2);
    assertThat(visited(change)).contains(DECIDE_KNOWLEDGE, REQUEST_KNOWLEDGE).doesNotContain(ASSESS, VOTE, PLAN, REVIEW);
  }

  @Test
  void aServiceRequestsStandardChangeIsPreApprovedWithItsCatalogueItemAndAnswersTheRequest() {
    String database = TestItems.create(cmdb, "chg-db", "database", "high");
    assertThatThrownBy(() -> runtime.createMessageCorrelation(STANDARD_CHANGE_REQUESTED)
        .setVariables(vars(SUMMARY, "Restore", CHANGE_TYPE, "standard", AFFECTED_CIS, List.of(database)))
        .correlateStartMessage())
        .as("only a service request asks this way").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("serviceRequestNumber");

    ProcessInstance instance = runtime.createMessageCorrelation(STANDARD_CHANGE_REQUESTED)
        .setVariables(vars(SUMMARY, "SRQ-2026-999001 Restore data from backup: orders", CHANGE_TYPE, "standard",
            AFFECTED_CIS, List.of(database), SERVICE_REQUEST_NUMBER, "SRQ-2026-999001", REQUESTER, "requester"))
        .correlateStartMessage();
    coverage.track(instance.getId());
    Change change = new Change(instance.getId(), steps.variable(instance.getId(), CHANGE_NUMBER));
    steps.runJobs(change.id());

    assertThat(records.find(change.number()).orElseThrow().approvalPath())
        .as("a high-criticality item, yet pre-approved with the catalogue item").isEqualTo("pre-approved");
    assertThat(steps.waitingAt(change.id())).containsExactly(IMPLEMENT);
    assertThat(visited(change)).contains(REQUESTED_BY_SERVICE_REQUEST).doesNotContain(ASSESS, VOTE, COMPLETE_REQUEST);
  }

  @Test
  void anEmergencyChangeGoesToTheEcabIsImplementedAtOnceAndReviewedAfterwards() {
    Change change = submit(rfc("Patch the exploited VPN bug", List.of(server), URGENT, true));

    assertThat(records.find(change.number()).orElseThrow().changeType()).isEqualTo("emergency");
    // 根据冲击评估: the ECAB decides on the change manager's impact assessment too
    assertThat(steps.waitingAt(change.id())).containsExactly(ASSESS);
    steps.complete(change.id(), ASSESS, ASSESSMENT, "Exploited in the wild; one medium server, no service at risk");
    assertThat(steps.tasks(change.id())).extracting(t -> steps.candidateGroups(t).get(0))
        .containsExactlyInAnyOrder("change-manager", "incident-manager");
    vote(change, "change-manager", true, null);
    vote(change, "incident-manager", true, null);

    assertThat(steps.waitingAt(change.id())).as("implemented at once, no planning, no test for a small change")
        .containsExactly(IMPLEMENT);
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Vendor hotfix applied");
    steps.complete(change.id(), VERIFY, VERIFIED, true);
    assertThat(steps.waitingAt(change.id())).as("the mandatory retrospective").containsExactly(REVIEW);
    assertThatThrownBy(() -> steps.complete(change.id(), REVIEW, REVIEW_NOTES, "A real emergency"))
        .as("the review answers the knowledge question too").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("knowledgeArticleNeeded is required");
    steps.complete(change.id(), REVIEW, REVIEW_NOTES, "A real emergency; ECAB answered in 20 minutes",
        KNOWLEDGE_ARTICLE_NEEDED, false);

    assertThat(records.phases(change.number())).containsSubsequence("CLASSIFIED", "APPROVED", "IMPLEMENTED", "CLOSED");
    assertThat(visited(change)).contains(ASSESS, VERIFY, REVIEW)
        .doesNotContain(WRITE_PLANS, TEST_EMERGENCY, PLAN, BUILD_AND_TEST, GO_NO_GO);
  }

  @Test
  void aLargeOrCriticalEmergencyChangeIsAssessedBeforeTheEcabVotesAndTestedBeforeItIsCarriedOut() {
    // 大规模和关键性的变更,需要进行变更计划、测试和验证: the ECAB path skips planning, not the test and verification
    Change change = submit(rfc("Patch the exploited database driver", List.of(database), URGENT, true));
    assertThat(steps.waitingAt(change.id())).as("the impact assessment comes first").containsExactly(ASSESS);
    steps.complete(change.id(), ASSESS, ASSESSMENT, "Critical CRM database; a bad patch stops the CRM");
    assertThat(steps.waitingAt(change.id())).containsOnly(VOTE);
    approveAll(change);

    assertThat(steps.waitingAt(change.id())).as("a critical item: tested first").containsExactly(TEST_EMERGENCY);
    assertThat(steps.candidateGroups(steps.task(change.id(), TEST_EMERGENCY))).containsExactly("change-implementer");
    assertThatThrownBy(() -> steps.complete(change.id(), TEST_EMERGENCY)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("testNotes is required");
    steps.complete(change.id(), TEST_EMERGENCY, TEST_NOTES, "Patched the staging replica; CRM smoke tests green");
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Driver patched on the primary");
    steps.complete(change.id(), VERIFY, VERIFIED, true, VERIFICATION_NOTES, "CRM works, exploit blocked");
    steps.complete(change.id(), REVIEW, REVIEW_NOTES, "A real emergency", KNOWLEDGE_ARTICLE_NEEDED, false);

    assertThat(visited(change)).contains(ASSESS, VOTE, TEST_EMERGENCY, IMPLEMENT, VERIFY, REVIEW)
        .doesNotContain(WRITE_PLANS, PLAN, BUILD_AND_TEST, GO_NO_GO);
    assertThat(steps.endedAt(change.id(), CLOSED)).isTrue();
  }

  @Test
  void theCabVotesOnTheOwnersImplementationAndRecoveryPlans() {
    Change change = submit(rfc("Split the order table", List.of(app)));
    steps.complete(change.id(), ASSESS, ASSESSMENT, "Faster queries");
    assertThatThrownBy(() -> steps.complete(change.id(), WRITE_PLANS, BACKOUT_PLAN, "Merge the tables back"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("implementationPlan is required");
    assertThat(steps.waitingAt(change.id())).as("no vote without the plans").containsExactly(WRITE_PLANS);
    steps.complete(change.id(), WRITE_PLANS, IMPLEMENTATION_PLAN, "Copy rows in batches, switch reads, drop the old table",
        BACKOUT_PLAN, "Switch reads back to the old table");

    Task vote = groupVote(change, "cab");
    assertThat(steps.variable(change.id(), IMPLEMENTATION_PLAN)).isEqualTo("Copy rows in batches, switch reads, drop the old table");
    assertThat(steps.variable(change.id(), BACKOUT_PLAN)).as("the owner's recovery plan").isEqualTo("Switch reads back to the old table");
    assertThat(formFields(vote)).as("the vote form shows both plans").contains(IMPLEMENTATION_PLAN.name(), BACKOUT_PLAN.name());
  }

  @Test
  void theChangeManagerAssignsNamedImplementersAndTheImplementationAndBackoutGoToThem() {
    // 将变更分派到技术人员
    String owned = TestItems.owned(cmdb, "chg-owned", "server", "medium", "ops-engineer");
    Change change = approved(submit(rfc("Replace the load balancer certificate", List.of(owned))));
    Instant start = freeWindow(12);
    Object[] window = {PLANNED_START, start, PLANNED_END, start.plus(1, ChronoUnit.HOURS)};

    assertThatThrownBy(() -> steps.complete(change.id(), PLAN, window)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("implementers is required");
    assertThatThrownBy(() -> steps.complete(change.id(), PLAN, with(window, IMPLEMENTERS.name(), "change-implementer, ghost")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("implementers names no user: ghost");
    Http.Response byRest = new Http(port).as("change-manager", "demo").post(
        "/engine-rest/task/" + steps.task(change.id(), PLAN).getId() + "/complete",
        "{\"variables\":{\"plannedStart\":{\"value\":\"" + start + "\"},\"plannedEnd\":{\"value\":\""
            + start.plus(1, ChronoUnit.HOURS) + "\"},\"implementers\":{\"value\":\"requester\"}}}");
    assertThat(byRest.status()).isEqualTo(400);
    assertThat(byRest.json().path("message").asText()).as("neither a change implementer nor an owner")
        .contains("implementers names requester, who is neither a change implementer");

    steps.complete(change.id(), PLAN, with(window, IMPLEMENTERS.name(), "ops-engineer change-implementer") /* one text, as the form sends it */);
    assertThat(records.find(change.number()).orElseThrow().events()).anySatisfy(event -> {
      assertThat(event.phase()).isEqualTo("ASSIGNED");
      assertThat(event.note()).isEqualTo("to ops-engineer, change-implementer");
    });
    steps.complete(change.id(), BUILD_AND_TEST, BUILD_NOTES, "Certificate staged");
    steps.complete(change.id(), GO_NO_GO, GO, true);
    steps.fireTimer(change.id(), WINDOW_OPENED);

    Task implement = steps.task(change.id(), IMPLEMENT);
    assertThat(implement.getAssignee()).as("the first named, of the item's owner group").isEqualTo("ops-engineer");
    assertThat(candidateUsers(implement)).containsExactlyInAnyOrder("ops-engineer", "change-implementer");
    assertThat(steps.candidateGroups(implement)).as("nobody else").isEmpty();
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "New certificate installed");
    steps.complete(change.id(), VERIFY, VERIFIED, false, VERIFICATION_NOTES, "Old clients reject the chain");
    Task backout = steps.task(change.id(), RUN_BACKOUT);
    assertThat(backout.getAssignee()).isEqualTo("ops-engineer");
    assertThat(steps.candidateGroups(backout)).isEmpty();
  }

  @Test
  void whenTheEcabMissesItsShortDeadlineTheChangeManagerDecidesOnTheVotesCast() {
    Change change = submit(rfc("Block the attacking address range", List.of(server), CHANGE_TYPE, "emergency"));
    steps.complete(change.id(), ASSESS, ASSESSMENT, "Attack ongoing");
    vote(change, "incident-manager", true, null);
    assertThat(steps.timerDue(change.id(), VOTE_DEADLINE).toInstant())
        .isCloseTo(Instant.now().plus(4, ChronoUnit.HOURS), org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES));

    moveClock(Duration.ofHours(4).plusMinutes(1));
    steps.fireTimer(change.id(), VOTE_DEADLINE);

    assertThat(steps.tasks(change.id())).extracting(Task::getTaskDefinitionKey).containsExactly(DECIDE_ON_VOTES);
    assertThat(steps.variable(change.id(), CAB_VOTES)).isEqualTo("incident-manager: approved");
    steps.complete(change.id(), DECIDE_ON_VOTES, CAB_APPROVED, true, DECISION_NOTE, "Attack ongoing; change manager unreachable");
    assertThat(steps.waitingAt(change.id())).containsExactly(IMPLEMENT);
    assertThat(records.phases(change.number())).contains("APPROVED");
  }

  @Test
  void aWindowInAFreezeOrOnAnItemAnotherChangeHoldsIsRefusedUntilAFreeOneIsChosen() {
    ChangePolicy.FreezePeriod freeze = schedule.freezePeriods().get(0);
    Change first = approved(submit(rfc("Resize the app server", List.of(server))));
    Change second = approved(submit(rfc("Tune the app server kernel", List.of(server, app))));
    Instant taken = freeWindow(10);
    steps.complete(first.id(), PLAN, PLANNED_START, taken, PLANNED_END, taken.plus(3, ChronoUnit.HOURS),
        IMPLEMENTERS, List.of("change-implementer"));

    Instant inFreeze = freeze.start().plusHours(12).atZone(ZONE).toInstant();
    assertThatThrownBy(() -> steps.complete(second.id(), PLAN, PLANNED_START, inFreeze,
        PLANNED_END, inFreeze.plus(1, ChronoUnit.HOURS), IMPLEMENTERS, List.of("change-implementer")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("overlaps the change freeze '" + freeze.name() + "'");
    Http.Response overlapping = new Http(port).as("change-manager", "demo").post(
        "/engine-rest/task/" + steps.task(second.id(), PLAN).getId() + "/complete",
        "{\"variables\":{\"plannedStart\":{\"value\":\"" + taken.plus(1, ChronoUnit.HOURS) + "\"},"
            + "\"plannedEnd\":{\"value\":\"" + taken.plus(5, ChronoUnit.HOURS) + "\"},"
            + "\"implementers\":{\"value\":\"change-implementer\"}}}");
    assertThat(overlapping.status()).isEqualTo(400);
    assertThat(overlapping.json().path("message").asText()).contains("overlaps change " + first.number() + " on " + server);
    assertThat(steps.waitingAt(second.id())).containsExactly(PLAN);

    Instant free = taken.plus(4, ChronoUnit.HOURS);
    steps.complete(second.id(), PLAN, PLANNED_START, free, PLANNED_END, free.plus(1, ChronoUnit.HOURS),
        IMPLEMENTERS, List.of("change-implementer"));
    assertThat(records.find(second.number()).orElseThrow().plannedStart()).isEqualTo(free);
    assertThat(steps.waitingAt(second.id())).containsExactly(BUILD_AND_TEST);
  }

  @Test
  void aNoGoSendsTheChangeBackToPlanning() {
    String change = detour(GO_NO_GO);

    steps.complete(change, GO_NO_GO, GO, false, GO_NO_GO_NOTE, "Implementer on sick leave");

    assertThat(steps.waitingAt(change)).containsExactly(PLAN);
  }

  @Test
  void aChangeThatShipsSoftwareIsReleasedByReleaseManagement() {
    Change change = submit(rfc("Ship the new checkout", List.of(app), SHIPS_SOFTWARE, true));
    assessAndPlan(change.id(), "ok");
    approveAll(change);
    Instant start = freeWindow(5);
    steps.complete(change.id(), PLAN, PLANNED_START, start, PLANNED_END, start.plus(1, ChronoUnit.HOURS),
        IMPLEMENTERS, List.of("change-implementer"));
    steps.complete(change.id(), BUILD_AND_TEST, BUILD_NOTES, "Release candidate built");
    steps.complete(change.id(), GO_NO_GO, GO, true);
    steps.fireTimer(change.id(), WINDOW_OPENED);

    ProcessInstance release = runtime.createProcessInstanceQuery().processDefinitionKey(ReleaseIds.PROCESS)
        .superProcessInstanceId(change.id()).singleResult();
    assertThat(release).as("release management called").isNotNull();
    String releaseNumber = steps.variable(release.getId(), ReleaseVariables.RELEASE_NUMBER);
    assertThat(steps.variable(release.getId(), ReleaseVariables.SOURCE_NUMBER)).isEqualTo(change.number());
    steps.complete(release.getId(), ReleaseIds.PLAN, ReleaseVariables.VERSION, "5.0", ReleaseVariables.WATCH_PERIOD, "PT1H", ReleaseVariables.ROLLBACK_PLAN, "Redeploy 4.9");
    steps.complete(release.getId(), ReleaseIds.PREPARE, ReleaseVariables.BUILD_NOTES, "Package 5.0");
    steps.complete(release.getId(), ReleaseIds.TEST, ReleaseVariables.TEST_PASSED, true);
    steps.complete(release.getId(), ReleaseIds.DEPLOY, ReleaseVariables.DEPLOYMENT_NOTES, "Live");
    moveClock(Duration.ofHours(1).plusMinutes(1));
    steps.fireTimer(release.getId(), ReleaseIds.WATCH_PASSED);
    steps.complete(release.getId(), ReleaseIds.REVIEW, ReleaseVariables.REVIEW_SUMMARY, "Fine");

    assertThat(steps.waitingAt(change.id())).as("what the release left to do").containsExactly(IMPLEMENT);
    assertThat(steps.variable(change.id(), RELEASE_VERSION)).isEqualTo("5.0");
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Feature flag switched on",
        CI_CHANGES, app + ": version = 5.0");
    steps.complete(change.id(), VERIFY, VERIFIED, true);
    steps.complete(change.id(), REVIEW, REVIEW_NOTES, "Smooth", KNOWLEDGE_ARTICLE_NEEDED, false);
    assertThat(records.find(change.number()).orElseThrow().releaseNumber()).isEqualTo(releaseNumber);
    assertThat(cmdb.find(app).orElseThrow().attributes()).contains("\"version\":\"5.0\"");
  }

  @Test
  void aRolledBackReleaseFailsTheChangeWithoutAnotherBackout() {
    Change change = scheduled(approved(submit(rfc("Ship the search rewrite", List.of(app), SHIPS_SOFTWARE, true))));
    steps.complete(change.id(), BUILD_AND_TEST, BUILD_NOTES, "Release candidate built");
    steps.complete(change.id(), GO_NO_GO, GO, true);
    steps.fireTimer(change.id(), WINDOW_OPENED);
    ProcessInstance release = runtime.createProcessInstanceQuery().superProcessInstanceId(change.id()).singleResult();
    steps.complete(release.getId(), ReleaseIds.PLAN, ReleaseVariables.VERSION, "6.0", ReleaseVariables.WATCH_PERIOD, "PT1H", ReleaseVariables.ROLLBACK_PLAN, "Redeploy 5.9");
    steps.complete(release.getId(), ReleaseIds.PREPARE, ReleaseVariables.BUILD_NOTES, "Package 6.0");
    steps.complete(release.getId(), ReleaseIds.TEST, ReleaseVariables.TEST_PASSED, true);
    steps.complete(release.getId(), ReleaseIds.DEPLOY, ReleaseVariables.DEPLOYMENT_NOTES, "Live");
    runtime.createMessageCorrelation(ReleaseIds.INCIDENT_REPORTED).processInstanceBusinessKey(release.getBusinessKey())
        .setVariable(ReleaseVariables.INCIDENT_NUMBER.name(), "INC-2026-990077").correlate();
    steps.complete(release.getId(), ReleaseIds.DECIDE_ON_ROLLBACK, ReleaseVariables.ROLL_BACK, true);
    steps.complete(release.getId(), ReleaseIds.ROLL_BACK, ReleaseVariables.ROLLBACK_NOTES, "Back on 5.9");
    steps.complete(release.getId(), ReleaseIds.REVIEW, ReleaseVariables.REVIEW_SUMMARY, "Search slow under load");

    assertThat(steps.waitingAt(change.id())).containsExactly(REVIEW);
    assertThat(visited(change)).contains(RECORD_FAILURE).doesNotContain(IMPLEMENT, VERIFY, RUN_BACKOUT);
    assertThat(records.find(change.number()).orElseThrow().outcomeNote())
        .isEqualTo("Release " + release.getBusinessKey() + " was rolled back.");
  }

  @Test
  void aFailedVerificationRunsTheBackoutPlanAndTheChangeClosesAsFailed() {
    Change change = implemented(scheduled(approved(submit(rfc("Enable HTTP/3", List.of(app))))));

    steps.complete(change.id(), VERIFY, VERIFIED, false, VERIFICATION_NOTES, "Clients behind proxies fail");
    assertThat(steps.task(change.id(), RUN_BACKOUT).getAssignee()).as("the implementer named when it was scheduled")
        .isEqualTo("change-implementer");
    steps.complete(change.id(), RUN_BACKOUT, BACKOUT_SUCCEEDED, true, BACKOUT_NOTES, "HTTP/3 disabled again");
    assertThat(records.find(change.number()).orElseThrow().status()).isEqualTo("FAILED");
    steps.complete(change.id(), REVIEW, REVIEW_NOTES, "Test with proxies next time", KNOWLEDGE_ARTICLE_NEEDED, false);

    ChangeRecords.Change closed = records.find(change.number()).orElseThrow();
    assertThat(closed.outcome()).isEqualTo("failed");
    assertThat(closed.outcomeNote()).contains("Clients behind proxies fail", "Backout succeeded: HTTP/3 disabled again");
    assertThat(cmdb.find(app).orElseThrow().baselineVersion()).as("a failed change sets no baseline").isEqualTo(1);
    assertThat(MailServer.about(change.number())).extracting(MailServer.Mail::subject)
        .containsExactly("[" + change.number() + "] Change failed: Enable HTTP/3");
  }

  @Test
  void aFailedBackoutRaisesAMajorIncident() {
    Change change = implemented(scheduled(approved(submit(rfc("Migrate the CRM schema", List.of(database, app))))));
    steps.complete(change.id(), VERIFY, VERIFIED, false, VERIFICATION_NOTES, "CRM screens empty");

    steps.complete(change.id(), RUN_BACKOUT, BACKOUT_SUCCEEDED, false, BACKOUT_NOTES, "Restore from backup failed");

    String incidentNumber = records.find(change.number()).orElseThrow().incidentNumber();
    assertThat(incidentNumber).matches("INC-\\d{4}-\\d{6}");
    ProcessInstance incident = runtime.createProcessInstanceQuery().processInstanceBusinessKey(incidentNumber).singleResult();
    steps.runJobs(incident.getId());
    IncidentRecords.Incident ticket = incidents.find(incidentNumber).orElseThrow();
    assertThat(ticket.priority()).isEqualTo("P1");
    assertThat(ticket.affectedCi()).as("the most critical item").isEqualTo(database);
    assertThat(ticket.summary()).isEqualTo("Backout of " + change.number() + " failed: Migrate the CRM schema");
    assertThat(steps.waitingAt(change.id())).containsExactly(REVIEW);
  }

  @Test
  void aProblemAsksForAChangeTheChangeManagerCompletesItAndTheProblemHearsItSucceeded() {
    String batch = TestItems.create(cmdb, "chg-batch", "application", "low");
    Problem problem = problemAskingForChange(batch);

    assertThat(steps.waitingAt(problem.change().id())).as("a problem's RFC lacks a backout plan").containsExactly(COMPLETE_REQUEST);
    // "affectedCis" by its name: a list, as the problem hands it over and the form's tag list sends it
    assertThat(steps.variable(problem.change().id(), "affectedCis")).isEqualTo(List.of(batch));
    assertThatThrownBy(() -> steps.complete(problem.change().id(), COMPLETE_REQUEST, "affectedCis", List.of(batch)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("backoutPlan is required");
    steps.complete(problem.change().id(), COMPLETE_REQUEST, "affectedCis", List.of(batch), CHANGE_TYPE, "standard",
        BACKOUT_PLAN, "Redeploy the previous build", TESTED, true);
    assertThat(records.find(problem.change().number()).orElseThrow().problemNumber()).isEqualTo(problem.number());
    steps.complete(problem.change().id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Patched build deployed");
    steps.complete(problem.change().id(), VERIFY, VERIFIED, true);
    steps.complete(problem.change().id(), DECIDE_KNOWLEDGE, KNOWLEDGE_ARTICLE_NEEDED, false);

    assertThat(problems.find(problem.number()).orElseThrow().status()).as("the problem verifies the fix").isEqualTo("VERIFYING");
    assertThat(MailServer.about(problem.change().number())).singleElement()
        .satisfies(mail -> assertThat(mail.to()).contains("problem-manager@opsflow.example"));
  }

  @Test
  void aRejectedChangeSendsTheProblemBackToDecidingTheFix() {
    Problem problem = problemAskingForChange(app);
    // a REST caller may still send the items as text
    steps.complete(problem.change().id(), COMPLETE_REQUEST, "affectedCis", app, BACKOUT_PLAN, "Redeploy", TESTED, true);
    assessAndPlan(problem.change().id(), "Removes the root cause");

    vote(problem.change(), "cab", false, "Wait for the new connection pool library");
    vote(problem.change(), "change-manager", false, "Agreed");

    assertThat(steps.endedAt(problem.change().id(), REJECTED)).isTrue();
    assertThat(steps.waitingAt(problem.id())).as("the problem decides the fix again").containsExactly(ProblemIds.DECIDE_FIX);
  }

  @Test
  void badInputStartsNoChange() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", AFFECTED_CIS, List.of("nope"),
        BACKOUT_PLAN, "b"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("affectedCis names no configuration item in service: nope");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", AFFECTED_CIS, List.of(app))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("backoutPlan is required");

    Http.Response rest = new Http(port).as("requester", "demo").post("/engine-rest/process-definition/key/ChangeManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"affectedCis\":{\"value\":\"[\\\"" + app + "\\\"]\",\"type\":\"Json\"},"
            + "\"plannedStart\":{\"value\":\"2027-02-01T10:00+08:00\"},\"plannedEnd\":{\"value\":\"2027-02-01T09:00+08:00\"},"
            + "\"backoutPlan\":{\"value\":\"b\"}}}");
    assertThat(refusedField(rest)).isEqualTo(PLANNED_END.name());
    assertThat(refusedField(submitToApi("{\"summary\":\"x\",\"affectedCis\":[\"" + app + "\"],\"changeType\":\"sometimes\"}")))
        .isEqualTo(CHANGE_TYPE.name());
  }

  @Test
  void theApiTakesAnRfcAndShowsTheTicketToItsRequesterAndTheChangeRoles() {
    Http requester = new Http(port).as("requester", "demo");
    Http.Response created = submitToApi("{\"summary\":\"Add a CRM field\",\"affectedCis\":[\"" + app
        + "\"],\"backoutPlan\":\"Drop the field\",\"tested\":true}");
    assertThat(created.status()).isEqualTo(201);
    String number = created.json().path("changeNumber").asText();
    coverage.track(created.json().path("processInstanceId").asText());

    assertThat(requester.get("/api/changes/" + number).json().path("requester").asText()).isEqualTo("requester");
    assertThat(new Http(port).as("cab", "demo").get("/api/changes/" + number).json().path("risk").asText()).isEqualTo("medium");
    assertThat(new Http(port).as("developer", "demo").get("/api/changes/" + number).status()).isEqualTo(404);
  }

  @Test
  void aStandardChangeIsNotCarriedOutDuringAChangeFreeze() {
    ChangePolicy.FreezePeriod freeze = schedule.freezePeriods().get(0);
    String change = detour(IMPLEMENT, CHANGE_TYPE, STANDARD, AFFECTED_CIS, List.of(server));
    moveClock(Duration.between(Instant.now(), freeze.start().atZone(ZONE).toInstant().plus(1, ChronoUnit.DAYS)));

    assertThatThrownBy(() -> steps.complete(change, IMPLEMENT, IMPLEMENTATION_NOTES, "Installed"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("the change freeze '" + freeze.name() + "' is on until");

    moveClock(Duration.between(ClockUtil.getCurrentTime().toInstant(), freeze.end().atZone(ZONE).toInstant().plus(1, ChronoUnit.HOURS)));
    steps.complete(change, IMPLEMENT, IMPLEMENTATION_NOTES, "Installed after the freeze");
    assertThat(steps.waitingAt(change)).containsExactly(VERIFY);
  }

  @Test
  void theRequesterDoesNotVoteAndAMemberOfSeveralGroupsVotesOnce() {
    Change change = submit("change-manager", rfc("Open a firewall port", List.of(server)));
    assessAndPlan(change.id(), "Needed by the new monitoring");
    Task cab = groupVote(change, "cab");
    Task changeManagers = groupVote(change, "change-manager");

    assertThatThrownBy(() -> steps.as("change-manager", () -> {
      tasks.complete(changeManagers.getId(), vars(APPROVED, true));
      return null;
    })).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("the requester of a change does not vote");
    steps.as("demo", () -> { // demo is in every group
      tasks.complete(cab.getId(), vars(APPROVED, true));
      return null;
    });
    assertThatThrownBy(() -> steps.as("demo", () -> {
      tasks.complete(changeManagers.getId(), vars(APPROVED, true));
      return null;
    })).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("demo has voted on this change already");
    assertThat(records.find(change.number()).orElseThrow().votes()).singleElement()
        .satisfies(v -> assertThat(v.voter()).isEqualTo("demo"));
  }

  @Test
  void aCabMemberCannotSteerTheChangeWithMoreThanTheVote() {
    Change change = submit(rfc("Raise the connection limit", List.of(app)));
    assessAndPlan(change.id(), "Fine");
    Http.Response steering = new Http(port).as("cab", "demo").post(
        "/engine-rest/task/" + groupVote(change, "cab").getId() + "/complete",
        "{\"variables\":{\"approved\":{\"value\":true},\"changeType\":{\"value\":\"emergency\"}}}");

    assertThat(refusedField(steering)).isEqualTo(CHANGE_TYPE.name());
    assertThat(steps.variable(change.id(), CHANGE_TYPE)).isEqualTo("normal");
  }

  @Test
  void anRfcMayNameOnlyARealProblemAndThatProblemHearsOnlyFromTheChangeItAskedFor() {
    assertThat(refusedField(submitToApi("{\"summary\":\"x\",\"affectedCis\":[\"" + app
        + "\"],\"backoutPlan\":\"b\",\"problemNumber\":\"PRB-2099-000001\"}"))).isEqualTo(PROBLEM_NUMBER.name());

    Problem problem = problemAskingForChange(app);
    Change stranger = submit(rfc("Unrelated change naming the problem", List.of(app), PROBLEM_NUMBER, problem.number()));
    assessAndPlan(stranger.id(), "No");
    vote(stranger, "cab", false, "Not needed");
    vote(stranger, "change-manager", false, "Not needed");

    assertThat(steps.endedAt(stranger.id(), REJECTED)).isTrue();
    assertThat(steps.waitingAt(problem.id())).as("still waiting for its own change").contains(ProblemIds.AWAIT_CHANGE);
  }

  @Test
  void longNotesOfAFailedChangeAreKeptShortenedNotRefused() {
    Change change = implemented(scheduled(approved(submit(rfc("Enable compression", List.of(app))))));
    steps.complete(change.id(), VERIFY, VERIFIED, false, VERIFICATION_NOTES, "v".repeat(3000));
    steps.complete(change.id(), RUN_BACKOUT, BACKOUT_SUCCEEDED, true, BACKOUT_NOTES, "b".repeat(3000));

    assertThat(steps.waitingAt(change.id())).containsExactly(REVIEW);
    assertThat(records.find(change.number()).orElseThrow().outcomeNote()).hasSize(4000).endsWith("…");
  }

  // --- helpers --------------------------------------------------------------------------------

  record Change(String id, String number) {
  }

  record Problem(String id, String number, Change change) {
  }

  /** A real problem on the item, investigated until its fix needs a change: that change. */
  private Problem problemAskingForChange(String ci) {
    ProcessInstance raised = runtime.createMessageCorrelation(ProblemIds.PROBLEM_RAISED)
        .setVariables(vars("incidentNumber", "INC-2026-990001", "incidentNumbers", List.of("INC-2026-990001"),
            "summary", "Orders time out", "category", "software", "affectedCi", ci))
        .correlateStartMessage();
    String number = (String) runtime.getVariable(raised.getId(), "problemNumber");
    steps.complete(raised.getId(), ProblemIds.RECORD_AND_CLASSIFY, "impact", "medium", "urgency", "medium");
    steps.complete(raised.getId(), ProblemIds.INVESTIGATE, "rootCause", "Connection leak", "workaround", "Restart nightly");
    steps.complete(raised.getId(), ProblemIds.DECIDE_FIX, "fixDescription", "Close connections in a finally block",
        "changeNeeded", true);
    ProcessInstance change = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("problemNumber", number).singleResult();
    assertThat(change).as("the problem's change request").isNotNull();
    coverage.track(change.getId());
    return new Problem(raised.getId(), number, new Change(change.getId(), change.getBusinessKey()));
  }

  private Map<String, Object> rfc(String summary, List<String> cis, Object... more) {
    Map<String, Object> variables = vars(SUMMARY, summary, DESCRIPTION, summary + ", as discussed",
        AFFECTED_CIS, cis, BACKOUT_PLAN, "Restore the previous version", TESTED, true,
        BUSINESS_JUSTIFICATION, "Keeps the service fast");
    variables.putAll(vars(more));
    return variables;
  }

  private Change submit(Map<String, Object> rfc) {
    return submit("requester", rfc);
  }

  private Change submit(String requester, Map<String, Object> rfc) {
    ProcessInstance instance = steps.as(requester, () -> runtime.startProcessInstanceByKey(PROCESS, rfc));
    coverage.track(instance.getId());
    return new Change(instance.getId(), steps.variable(instance.getId(), CHANGE_NUMBER));
  }

  private Task groupVote(Change change, String group) {
    return steps.tasks(change.id()).stream().filter(t -> steps.candidateGroups(t).contains(group)).findFirst()
        .orElseThrow(() -> new AssertionError("no vote for " + group));
  }

  private void vote(Change change, String group, boolean approved, String comment) {
    Task task = groupVote(change, group);
    steps.as(group, () -> {
      tasks.complete(task.getId(), vars(APPROVED, approved, COMMENT, comment));
      return null;
    });
    steps.runJobs(change.id());
  }

  private void approveAll(Change change) {
    while (steps.waitingAt(change.id()).contains(VOTE)) {
      vote(change, steps.candidateGroups(steps.tasks(change.id()).get(0)).get(0), true, null);
    }
  }

  /** The change manager's assessment and, for the CAB, the owner's plans (制定实施计划、恢复计划). */
  private void assessAndPlan(String change, String assessment) {
    steps.complete(change, ASSESS, ASSESSMENT, assessment);
    steps.complete(change, WRITE_PLANS, IMPLEMENTATION_PLAN, "Deploy, then smoke test", BACKOUT_PLAN,
        "Restore the previous version");
  }

  private Change approved(Change change) {
    assessAndPlan(change.id(), "Routine");
    approveAll(change);
    return change;
  }

  private Change scheduled(Change change) {
    Instant start = freeWindow(20);
    steps.complete(change.id(), PLAN, PLANNED_START, start, PLANNED_END, start.plus(1, ChronoUnit.HOURS),
        IMPLEMENTERS, List.of("change-implementer"));
    return change;
  }

  private Change implemented(Change change) {
    if (steps.waitingAt(change.id()).contains(BUILD_AND_TEST)) {
      steps.complete(change.id(), BUILD_AND_TEST, BUILD_NOTES, "Prepared");
      steps.complete(change.id(), GO_NO_GO, GO, true);
      steps.fireTimer(change.id(), WINDOW_OPENED);
    }
    steps.complete(change.id(), IMPLEMENT, IMPLEMENTATION_NOTES, "Done as planned");
    return change;
  }

  /** A window some days ahead that lies outside every freeze period. */
  private Instant freeWindow(int daysAhead) {
    Instant start = Instant.now().plus(daysAhead, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    for (ChangePolicy.FreezePeriod freeze : schedule.freezePeriods()) {
      Instant from = freeze.start().atZone(ZONE).toInstant().minus(6, ChronoUnit.HOURS);
      Instant to = freeze.end().atZone(ZONE).toInstant();
      if (start.isAfter(from) && start.isBefore(to)) {
        start = to.plus(daysAhead, ChronoUnit.HOURS);
      }
    }
    return start;
  }

  private List<String> visited(Change change) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(change.id()).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  /** A change started at that activity, as a detour that does not depend on the RFC's start begins. */
  private String detour(String activityId, Object... namesAndValues) {
    Object[] withAssignment = java.util.stream.Stream.concat(java.util.stream.Stream.of(ASSIGNED_IMPLEMENTERS, List.of(),
        IMPLEMENTER_GROUPS, List.of("change-implementer")), java.util.Arrays.stream(namesAndValues)).toArray();
    String id = steps.startBefore(PROCESS, "CHG-DETOUR-" + activityId, activityId, withAssignment);
    coverage.track(id);
    return id;
  }

  /** An RFC posted to the API by the requester. */
  private Http.Response submitToApi(String json) {
    return new Http(port).as("requester", "demo").post("/api/changes", json);
  }

  /** The variables and these names and values, for one more completion attempt. */
  private static Object[] with(Object[] namesAndValues, Object... more) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(namesAndValues), java.util.Arrays.stream(more)).toArray();
  }

  private List<String> candidateUsers(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null).map(link -> link.getUserId()).toList();
  }

  /** The keys of the fields on the task's deployed Camunda form, as Tasklist shows it. */
  private List<String> formFields(Task task) {
    try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components").findValuesAsText("key");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The field a 400 answer names. */
  private static String refusedField(Http.Response refused) {
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    return refused.json().path("field").asText();
  }
}
