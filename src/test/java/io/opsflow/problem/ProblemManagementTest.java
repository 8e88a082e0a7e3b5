package io.opsflow.problem;

import io.opsflow.OpsFlowTestBase;
import static io.opsflow.ProcessSteps.moveClock;
import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.problem.ProblemIds.*;
import static io.opsflow.problem.ProblemVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.knowledge.KnowledgeArticleIds;
import io.opsflow.knowledge.KnowledgeBase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ProblemManagement, path by path, on the real application: raised by incidents (deduplicated,
 * even two at once), investigated, published as a known error, fixed with or without a change,
 * verified over the window and confirmed by the problem manager with evidence (or reopened by a
 * recurrence or an unconfirmed fix), fed back and closed. Every flow node is reached.
 */
@OpsFlowTest
class ProblemManagementTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  ProblemRecords records;
  @Autowired
  KnowledgeBase knowledge;

  ProcessSteps steps;
  String ci;

  @BeforeEach
  void aFreshConfigurationItem() {
    steps = new ProcessSteps(engine);
    ci = "app-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aProblemFromAnIncidentIsInvestigatedPublishedFixedVerifiedAndClosed() {
    ProblemInstance problem = raise("INC-2026-900001");
    String number = problem.number();
    assertThat(number).matches("PRB-\\d{4}-\\d{6}");
    assertThat(records.incidents(number)).containsExactly("INC-2026-900001");

    complete(problem, RECORD_AND_CLASSIFY, IMPACT, "high", URGENCY, "medium", CATEGORY, "software",
        INCIDENT_NUMBERS, "INC-2026-900001, INC-2026-900002");
    assertThat(records.incidents(number)).as("the recorder linked another incident")
        .containsExactly("INC-2026-900001", "INC-2026-900002");
    Task investigate = task(problem);
    assertThat(investigate.getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(steps.candidateGroups(investigate)).as("software P2 → R&D").containsExactly("support-l3");
    complete(problem, INVESTIGATE, ROOT_CAUSE, "Connection leak in the report module",
        WORKAROUND, "Restart the report service nightly");

    List<KnowledgeBase.Article> found = knowledge.search(null, null, ci, 5);
    assertThat(found).as("the known error is visible at once").singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(KnowledgeBase.KNOWN_ERROR));
    long article = steps.variable(problem.processInstanceId(), KNOWN_ERROR_ARTICLE);
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KnowledgeArticleIds.PROCESS).variableValueEquals("articleId", article).singleResult();
    assertThat(review).as("a knowledge manager reviews the known error").isNotNull();
    assertThat(steps.task(review.getId(), KnowledgeArticleIds.PERIODIC_REVIEW).getDueDate()).isNotNull();
    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Close connections in a finally block", CHANGE_NEEDED, false);
    complete(problem, RECORD_FIX_APPLIED, FIX_APPLIED_NOTES, "Hotfix deployed by hand on Tuesday");

    moveClock(Duration.ofDays(7).plusMinutes(1));
    steps.fireTimer(problem.processInstanceId(), VERIFICATION_PASSED);

    Task confirm = task(problem);
    assertThat(confirm.getTaskDefinitionKey()).as("the window alone does not close it").isEqualTo(CONFIRM_FIX_VERIFIED);
    assertThat(steps.candidateGroups(confirm)).containsExactly("problem-manager");
    assertThat(records.find(number).orElseThrow().status()).isEqualTo("VERIFYING");
    complete(problem, CONFIRM_FIX_VERIFIED, FIX_VERIFIED, true,
        VERIFICATION_EVIDENCE, "No report time-outs in 7 days; pool usage flat on the dashboard");

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("CLOSED");
    assertThat(records.phases(number)).containsSubsequence("RECORDED", "INCIDENT_LINKED", "INVESTIGATION_ASSIGNED",
        "KNOWN_ERROR_PUBLISHED", "VERIFICATION_STARTED", "FIX_VERIFIED", "CLOSED");
    assertThat(records.notes(number, "FIX_VERIFIED"))
        .containsExactly("No report time-outs in 7 days; pool usage flat on the dashboard");
    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .contains("[" + number + "] Problem solved: Reports time out");
    assertEnded(problem, CLOSED);
  }

  @Test
  void aFixThatChangesProductionWaitsForTheChangeIsRemindedAndRetriesAFailedOne() {
    ProblemInstance problem = atFixDecision();

    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Upgrade the driver", CHANGE_NEEDED, true);
    assertThat(records.phases(problem.number())).contains("CHANGE_REQUESTED");
    assertThat(steps.waitingAt(problem.processInstanceId())).contains(AWAIT_CHANGE);

    moveClock(Duration.ofDays(14).plusMinutes(1));
    steps.fireTimer(problem.processInstanceId(), CHANGE_REMINDER);
    assertThat(MailServer.about(problem.number())).extracting(MailServer.Mail::subject)
        .anySatisfy(s -> assertThat(s).contains("Still waiting for the change"));

    changeCompleted(problem, false);
    assertThat(task(problem).getTaskDefinitionKey()).as("a failed change: decide again").isEqualTo(DECIDE_FIX);
    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Upgrade the driver, with a rollback plan", CHANGE_NEEDED, true);
    changeCompleted(problem, true);

    assertThat(records.find(problem.number()).orElseThrow().status()).isEqualTo("VERIFYING");
  }

  @Test
  void aSecondIncidentOnTheSameCiAndCategoryIsLinkedToTheOpenProblem() {
    ProblemInstance first = raise("INC-2026-900011");

    ProcessInstance second = correlateProblemRaised("INC-2026-900012");

    assertThat(steps.endedAt(second.getId(), INCIDENT_LINKED)).as("ended at " + INCIDENT_LINKED).isTrue();
    assertThat(records.incidents(first.number())).containsExactly("INC-2026-900011", "INC-2026-900012");
  }

  @Test
  void twoIncidentsRaisingAProblemAtOnceMakeOneProblem() throws Exception {
    CompletableFuture<ProcessInstance> one = CompletableFuture.supplyAsync(() -> correlateProblemRaised("INC-2026-900021"));
    CompletableFuture<ProcessInstance> two = CompletableFuture.supplyAsync(() -> correlateProblemRaised("INC-2026-900022"));
    one.get();
    two.get();

    List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals(AFFECTED_CI.name(), ci).list().stream().map(ProcessInstance::getBusinessKey).toList();
    assertThat(open).hasSize(1);
    assertThat(records.incidents(open.get(0))).containsExactlyInAnyOrder("INC-2026-900021", "INC-2026-900022");
  }

  @Test
  void aRecurrenceDuringVerificationReopensTheInvestigation() {
    ProblemInstance problem = atFixDecision();
    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Tune the pool", CHANGE_NEEDED, false);
    complete(problem, RECORD_FIX_APPLIED, FIX_APPLIED_NOTES, "Pool size 50");
    assertThat(records.find(problem.number()).orElseThrow().status()).isEqualTo("VERIFYING");

    correlateProblemRaised("INC-2026-900032");

    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(records.phases(problem.number())).containsSubsequence("VERIFICATION_STARTED", "INCIDENT_LINKED", "RECURRED");
  }

  @Test
  void aFixTheProblemManagerDoesNotConfirmReopensTheInvestigation() {
    ProblemInstance problem = atVerificationWindowEnd();

    complete(problem, CONFIRM_FIX_VERIFIED, FIX_VERIFIED, false,
        NOT_VERIFIED_REASON, "Time-outs still seen in the nightly batch, no incident raised");

    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(records.find(problem.number()).orElseThrow().status()).isEqualTo("INVESTIGATING");
    assertThat(records.phases(problem.number())).containsSubsequence("VERIFICATION_STARTED", "FIX_NOT_VERIFIED")
        .doesNotContain("FIX_VERIFIED", "RECURRED");
    assertThat(records.notes(problem.number(), "FIX_NOT_VERIFIED"))
        .containsExactly("Time-outs still seen in the nightly batch, no incident raised");
    assertThat(steps.variable(problem.processInstanceId(), FIX_VERIFIED)).as("the next verification asks afresh").isNull();
  }

  @Test
  void aConfirmationWithoutEvidenceIsRefusedNamingTheField() {
    ProblemInstance problem = atVerificationWindowEnd();

    assertThatThrownBy(() -> complete(problem, CONFIRM_FIX_VERIFIED, FIX_VERIFIED, true))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("verificationEvidence is required");
    assertThatThrownBy(() -> complete(problem, CONFIRM_FIX_VERIFIED, FIX_VERIFIED, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("notVerifiedReason is required");

    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(CONFIRM_FIX_VERIFIED);
    assertThat(records.phases(problem.number())).doesNotContain("FIX_VERIFIED", "CLOSED");
  }

  @Test
  void aProactiveProblemStartsWithoutAnIncident() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        vars(SUMMARY, "Backups run longer every week", CATEGORY, "database", AFFECTED_CI, ci));
    coverage.track(instance.getId());
    String number = steps.variable(instance.getId(), PROBLEM_NUMBER);

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("RECORDED");
    assertThat(steps.tasks(instance.getId())).singleElement().extracting(Task::getTaskDefinitionKey)
        .isEqualTo(RECORD_AND_CLASSIFY);
  }

  @Test
  void theServiceDeskRegistersAProblemAUserReportedAndTheReporterHearsTheOutcomeInChineseAndEnglish() {
    ProcessInstance instance = steps.as("service-desk", () -> runtime.startProcessInstanceByKey(PROCESS,
        vars(SUMMARY, "Printing from the ERP fails every Monday", CATEGORY, "software", AFFECTED_CI, ci,
            REPORTER, " requester ")));
    coverage.track(instance.getId());
    ProblemInstance problem = new ProblemInstance(instance.getId(), steps.variable(instance.getId(), PROBLEM_NUMBER));
    assertThat(records.notes(problem.number(), "REPORTED_BY_USER")).containsExactly("requester");
    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(RECORD_AND_CLASSIFY);

    complete(problem, RECORD_AND_CLASSIFY, IMPACT, "medium", URGENCY, "medium");
    complete(problem, INVESTIGATE, ROOT_CAUSE, "The print spooler's weekly restart drops the queue",
        WORKAROUND, "Print again after 9:00");
    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Restart the spooler on Sunday night", CHANGE_NEEDED, false);
    complete(problem, RECORD_FIX_APPLIED, FIX_APPLIED_NOTES, "Schedule moved");
    assertThat(MailServer.about(problem.number())).as("the reporter hears nothing before the problem closes")
        .noneMatch(m -> m.to().contains("requester@opsflow.example"));
    steps.fireTimer(problem.processInstanceId(), VERIFICATION_PASSED);
    complete(problem, CONFIRM_FIX_VERIFIED, FIX_VERIFIED, true, VERIFICATION_EVIDENCE, "Two Mondays without a failure");

    assertThat(MailServer.about(problem.number())).filteredOn(m -> m.to().contains("requester@opsflow.example"))
        .singleElement().satisfies(mail -> {
          assertThat(mail.subject()).isEqualTo("[" + problem.number()
              + "] 您报告的问题已解决 / The problem you reported is solved: Printing from the ERP fails every Monday");
          assertThat(mail.body()).contains("根本原因:The print spooler's weekly restart drops the queue",
              "解决方案:Restart the spooler on Sunday night",
              "Root cause: The print spooler's weekly restart drops the queue",
              "Resolution: Restart the spooler on Sunday night");
        });
    assertEnded(problem, CLOSED);
  }

  @Test
  void aReporterWhoIsNoUserIsRefusedNamingTheField() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", REPORTER, "nobody-" + ci)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reporter 'nobody-" + ci + "' is no user");
  }

  @Test
  void badInputStartsNoProblem() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", URGENCY, "now")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("urgency must be one of");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(IMPACT, "high")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
  }

  // --- helpers --------------------------------------------------------------------------------

  record ProblemInstance(String processInstanceId, String number) {
  }

  private ProblemInstance raise(String incident) {
    ProcessInstance instance = correlateProblemRaised(incident);
    return new ProblemInstance(instance.getId(), instance.getBusinessKey() != null ? instance.getBusinessKey()
        : steps.variable(instance.getId(), PROBLEM_NUMBER));
  }

  /** What an incident sends when it asks for a problem (as RaiseProblemDelegate does, through ProblemIntake). */
  private ProcessInstance correlateProblemRaised(String incident) {
    ProcessInstance instance = runtime.createMessageCorrelation(PROBLEM_RAISED)
        .setVariables(vars(INCIDENT_NUMBER, incident, INCIDENT_NUMBERS, List.of(incident), SUMMARY, "Reports time out",
            CATEGORY, "software", AFFECTED_CI, ci))
        .correlateStartMessage();
    coverage.track(instance.getId());
    return instance;
  }

  private ProblemInstance atFixDecision() {
    ProblemInstance problem = raise("INC-2026-900031");
    complete(problem, RECORD_AND_CLASSIFY, IMPACT, "medium", URGENCY, "medium");
    complete(problem, INVESTIGATE, ROOT_CAUSE, "Pool too small", WORKAROUND, "Restart");
    return problem;
  }

  /** A problem whose fix was applied by hand and whose verification window has just passed. */
  private ProblemInstance atVerificationWindowEnd() {
    ProblemInstance problem = atFixDecision();
    complete(problem, DECIDE_FIX, FIX_DESCRIPTION, "Tune the pool", CHANGE_NEEDED, false);
    complete(problem, RECORD_FIX_APPLIED, FIX_APPLIED_NOTES, "Pool size 50");
    steps.fireTimer(problem.processInstanceId(), VERIFICATION_PASSED);
    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(CONFIRM_FIX_VERIFIED);
    return problem;
  }

  private void changeCompleted(ProblemInstance problem, boolean successful) {
    runtime.createMessageCorrelation(CHANGE_COMPLETED).processInstanceBusinessKey(problem.number())
        .setVariables(vars(CHANGE_SUCCESSFUL, successful)).correlate();
    steps.runJobs(problem.processInstanceId());
  }

  private void complete(ProblemInstance problem, String taskKey, Object... namesAndValues) {
    steps.complete(problem.processInstanceId(), taskKey, namesAndValues);
  }

  private Task task(ProblemInstance problem) {
    assertThat(steps.tasks(problem.processInstanceId())).as("open tasks").hasSize(1);
    return steps.tasks(problem.processInstanceId()).get(0);
  }

  private void assertEnded(ProblemInstance problem, String endEventId) {
    assertThat(steps.endedAt(problem.processInstanceId(), endEventId)).as("ended at " + endEventId).isTrue();
  }
}
