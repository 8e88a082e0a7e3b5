package io.opsflow.problem;

import static io.opsflow.problem.ProblemIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Jobs;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.knowledge.KnowledgeBase;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ProblemManagement, path by path, on the real application: raised by incidents (deduplicated,
 * even two at once), investigated, published as a known error, fixed with or without a change,
 * verified (or reopened by a recurrence), fed back and closed. Every flow node is reached.
 */
@OpsFlowTest
class ProblemManagementTest {

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
  ProblemRecords records;
  @Autowired
  KnowledgeBase knowledge;

  String ci;

  @BeforeEach
  void aFreshConfigurationItem() {
    ci = "app-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aProblemFromAnIncidentIsInvestigatedPublishedFixedVerifiedAndClosed() {
    ProblemInstance problem = raise("INC-2026-900001");
    String number = problem.number();
    assertThat(number).matches("PRB-\\d{4}-\\d{6}");
    assertThat(records.incidents(number)).containsExactly("INC-2026-900001");

    complete(problem, RECORD_AND_CLASSIFY, "impact", "high", "urgency", "medium", "category", "software",
        "incidentNumbers", "INC-2026-900001, INC-2026-900002");
    assertThat(records.incidents(number)).as("the recorder linked another incident")
        .containsExactly("INC-2026-900001", "INC-2026-900002");
    Task investigate = task(problem);
    assertThat(investigate.getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(candidates(investigate)).as("software P2 → R&D").containsExactly("support-l3");
    complete(problem, INVESTIGATE, "rootCause", "Connection leak in the report module",
        "workaround", "Restart the report service nightly");

    List<KnowledgeBase.Article> found = knowledge.search(null, null, ci, 5);
    assertThat(found).as("the known error is visible at once").singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(KnowledgeBase.KNOWN_ERROR));
    complete(problem, DECIDE_FIX, "fixDescription", "Close connections in a finally block", "changeNeeded", false);
    complete(problem, RECORD_FIX_APPLIED, "fixAppliedNotes", "Hotfix deployed by hand on Tuesday");

    moveClock(Duration.ofDays(7).plusMinutes(1));
    fireTimer(problem, VERIFICATION_PASSED);

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("CLOSED");
    assertThat(records.phases(number)).containsSubsequence("RECORDED", "INCIDENT_LINKED", "INVESTIGATION_ASSIGNED",
        "KNOWN_ERROR_PUBLISHED", "VERIFICATION_STARTED", "CLOSED");
    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .contains("[" + number + "] Problem solved: Reports time out");
    assertEnded(problem, CLOSED);
  }

  @Test
  void aFixThatChangesProductionWaitsForTheChangeIsRemindedAndRetriesAFailedOne() {
    ProblemInstance problem = atFixDecision();

    complete(problem, DECIDE_FIX, "fixDescription", "Upgrade the driver", "changeNeeded", true);
    assertThat(records.phases(problem.number())).contains("CHANGE_REQUESTED");
    assertThat(waitingAt(problem)).contains(AWAIT_CHANGE);

    moveClock(Duration.ofDays(14).plusMinutes(1));
    fireTimer(problem, CHANGE_REMINDER);
    assertThat(MailServer.about(problem.number())).extracting(MailServer.Mail::subject)
        .anySatisfy(s -> assertThat(s).contains("Still waiting for the change"));

    changeCompleted(problem, false);
    assertThat(task(problem).getTaskDefinitionKey()).as("a failed change: decide again").isEqualTo(DECIDE_FIX);
    complete(problem, DECIDE_FIX, "fixDescription", "Upgrade the driver, with a rollback plan", "changeNeeded", true);
    changeCompleted(problem, true);

    assertThat(records.find(problem.number()).orElseThrow().status()).isEqualTo("VERIFYING");
  }

  @Test
  void aSecondIncidentOnTheSameCiAndCategoryIsLinkedToTheOpenProblem() {
    ProblemInstance first = raise("INC-2026-900011");

    ProcessInstance second = correlateProblemRaised("INC-2026-900012");

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(second.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(second.getId())
        .activityId(INCIDENT_LINKED).count()).isEqualTo(1);
    assertThat(records.incidents(first.number())).containsExactly("INC-2026-900011", "INC-2026-900012");
  }

  @Test
  void twoIncidentsRaisingAProblemAtOnceMakeOneProblem() throws Exception {
    CompletableFuture<ProcessInstance> one = CompletableFuture.supplyAsync(() -> correlateProblemRaised("INC-2026-900021"));
    CompletableFuture<ProcessInstance> two = CompletableFuture.supplyAsync(() -> correlateProblemRaised("INC-2026-900022"));
    one.get();
    two.get();

    List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .variableValueEquals("affectedCi", ci).list().stream().map(ProcessInstance::getBusinessKey).toList();
    assertThat(open).hasSize(1);
    assertThat(records.incidents(open.get(0))).containsExactlyInAnyOrder("INC-2026-900021", "INC-2026-900022");
  }

  @Test
  void aRecurrenceDuringVerificationReopensTheInvestigation() {
    ProblemInstance problem = atFixDecision();
    complete(problem, DECIDE_FIX, "fixDescription", "Tune the pool", "changeNeeded", false);
    complete(problem, RECORD_FIX_APPLIED, "fixAppliedNotes", "Pool size 50");
    assertThat(records.find(problem.number()).orElseThrow().status()).isEqualTo("VERIFYING");

    correlateProblemRaised("INC-2026-900032");

    assertThat(task(problem).getTaskDefinitionKey()).isEqualTo(INVESTIGATE);
    assertThat(records.phases(problem.number())).containsSubsequence("VERIFICATION_STARTED", "INCIDENT_LINKED", "RECURRED");
  }

  @Test
  void aProactiveProblemStartsWithoutAnIncident() {
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS,
        Map.of("summary", "Backups run longer every week", "category", "database", "affectedCi", ci));
    coverage.track(instance.getId());
    String number = (String) runtime.getVariable(instance.getId(), "problemNumber");

    assertThat(records.find(number).orElseThrow().status()).isEqualTo("RECORDED");
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
        .isEqualTo(RECORD_AND_CLASSIFY);
  }

  @Test
  void badInputStartsNoProblem() {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("summary", "x", "urgency", "now")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("urgency must be one of");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("impact", "high")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
  }

  // --- helpers --------------------------------------------------------------------------------

  record ProblemInstance(String processInstanceId, String number) {
  }

  private ProblemInstance raise(String incident) {
    ProcessInstance instance = correlateProblemRaised(incident);
    return new ProblemInstance(instance.getId(), instance.getBusinessKey() != null ? instance.getBusinessKey()
        : (String) runtime.getVariable(instance.getId(), "problemNumber"));
  }

  private ProcessInstance correlateProblemRaised(String incident) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("incidentNumber", incident);
    variables.put("incidentNumbers", List.of(incident));
    variables.put("summary", "Reports time out");
    variables.put("category", "software");
    variables.put("affectedCi", ci);
    ProcessInstance instance = runtime.createMessageCorrelation(PROBLEM_RAISED).setVariables(variables)
        .correlateStartMessage();
    coverage.track(instance.getId());
    return instance;
  }

  private ProblemInstance atFixDecision() {
    ProblemInstance problem = raise("INC-2026-900031");
    complete(problem, RECORD_AND_CLASSIFY, "impact", "medium", "urgency", "medium");
    complete(problem, INVESTIGATE, "rootCause", "Pool too small", "workaround", "Restart");
    return problem;
  }

  private void changeCompleted(ProblemInstance problem, boolean successful) {
    runtime.createMessageCorrelation(CHANGE_COMPLETED).processInstanceBusinessKey(problem.number())
        .setVariable("changeSuccessful", successful).correlate();
    Jobs.runDue(management, problem.processInstanceId());
  }

  private void complete(ProblemInstance problem, String taskKey, Object... keysAndValues) {
    Task task = tasks.createTaskQuery().processInstanceId(problem.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("waiting at " + taskKey).isNotNull();
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management, problem.processInstanceId());
  }

  private Task task(ProblemInstance problem) {
    return tasks.createTaskQuery().processInstanceId(problem.processInstanceId()).singleResult();
  }

  private List<String> waitingAt(ProblemInstance problem) {
    return runtime.getActiveActivityIds(problem.processInstanceId());
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  private void fireTimer(ProblemInstance problem, String eventId) {
    Job timer = management.createJobQuery().processInstanceId(problem.processInstanceId()).timers()
        .activityId(eventId).singleResult();
    assertThat(timer).as("timer " + eventId).isNotNull();
    management.executeJob(timer.getId());
    Jobs.runDue(management, problem.processInstanceId());
  }

  private void assertEnded(ProblemInstance problem, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(problem.processInstanceId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(problem.processInstanceId())
        .activityId(endEventId).count()).isEqualTo(1);
  }
}
