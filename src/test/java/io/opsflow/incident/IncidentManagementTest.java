package io.opsflow.incident;

import static io.opsflow.incident.IncidentIds.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Jobs;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IncidentManagement, path by path, on the real application: its delegates, decisions, tables
 * and mail. The happy path runs end to end; each detour has a test of its own. Jobs and timers
 * are stepped here, the clock moved with ClockUtil. After the last test, every flow node of the
 * model must have been reached.
 */
@OpsFlowTest
class IncidentManagementTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** A Wednesday morning, inside business hours. */
  static final Instant WEDNESDAY_10AM = LocalDateTime.parse("2026-11-25T10:00").atZone(ZONE).toInstant();

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
  IncidentRecords records;

  @BeforeEach
  void wednesdayMorning() {
    ClockUtil.setCurrentTime(Date.from(WEDNESDAY_10AM));
  }

  // --- happy path -----------------------------------------------------------------------------

  @Test
  void anIncidentResolvedAtL1IsConfirmedAndClosed() {
    ProcessInstance incident = report("Mail client crashes on start", "medium", "medium", "software",
        "laptop-" + UUID.randomUUID().toString().substring(0, 8));
    String number = number(incident);

    assertThat(number).matches("INC-2026-\\d{6}");
    assertThat(incident.getBusinessKey()).isNull(); // assigned by the registration job, then:
    assertThat(businessKey(incident)).isEqualTo(number);
    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .containsExactly("[" + number + "] Incident registered: Mail client crashes on start");
    assertThat(variable(incident, "priority")).isEqualTo("P3");
    // P3: resolved within 1 business day, i.e. Thursday 10:00
    assertThat(variable(incident, "resolutionDue")).isEqualTo(date("2026-11-26T10:00"));

    Task firstContact = task(incident);
    assertThat(firstContact.getTaskDefinitionKey()).isEqualTo(TRY_FIRST_CONTACT_RESOLUTION);
    assertThat(candidates(firstContact)).containsExactly("service-desk");
    complete(firstContact, "resolvedAtFirstContact", false);

    Task l1 = task(incident);
    assertThat(l1.getTaskDefinitionKey()).isEqualTo(RESOLVE_AT_TIER);
    assertThat(candidates(l1)).containsExactly(L1);
    // P3: 4 business hours at the tier
    assertThat(l1.getDueDate()).isEqualTo(date("2026-11-25T14:00"));
    complete(l1, "escalate", false, "resolutionNotes", "Reinstalled the mail client profile");

    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .contains("[" + number + "] Incident resolved: Mail client crashes on start");
    Task confirm = task(incident);
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
    complete(confirm, "confirmed", true, "satisfaction", 4L);

    assertEnded(incident, CLOSED);
    IncidentRecords.Incident ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.priority()).isEqualTo("P3");
    assertThat(ticket.satisfaction()).isEqualTo(4);
    assertThat(ticket.tier()).isEqualTo(L1);
    assertThat(ticket.slaBreached()).isFalse();
    assertThat(records.phases(number)).containsExactly(
        "REGISTERED", "TIER_ENTERED:support-l1", "RESOLVED:support-l1", "CLOSED");
  }

  // --- detours --------------------------------------------------------------------------------

  @Test
  void theServiceDeskResolvesAtFirstContactWithAKnownArticle() {
    ProcessInstance incident = report("Account locked after password change", "low", "medium", "access", null);

    Task firstContact = task(incident);
    assertThat((String) variable(incident, "knowledgeSuggestions")).contains("Reset a locked domain account");
    complete(firstContact, "resolvedAtFirstContact", true, "resolutionNotes", "Unlocked the account");
    complete(task(incident), "confirmed", true, "satisfaction", 5L);

    assertEnded(incident, CLOSED);
    assertThat(records.find(number(incident)).orElseThrow().tier()).isEqualTo("service-desk");
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(START_TIER_CLOCK).count()).isZero();
  }

  @Test
  void eachTierEscalatesToTheNextAndL3ShipsATemporaryPatch() {
    ProcessInstance incident = atFirstTier("Report engine returns wrong totals", "medium", "medium", "software");

    Task l1 = task(incident);
    complete(l1, "escalate", true);
    Task l2 = task(incident);
    assertThat(candidates(l2)).containsExactly(L2);
    complete(l2, "escalate", true, "vendorInvolved", true, "vendorReference", "ACME-4711");
    Task l3 = task(incident);
    assertThat(candidates(l3)).containsExactly(L3);
    complete(l3, "temporaryPatch", true, "patchNotes", "hotfix 2.3.1-p1", "resolutionNotes", "Patched the rounding");

    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
    assertThat(records.phases(number(incident))).containsSubsequence(
        "TIER_ENTERED:support-l1", "ESCALATED:support-l2", "TIER_ENTERED:support-l2",
        "ESCALATED:support-l3", "TIER_ENTERED:support-l3", "RESOLVED:support-l3");
  }

  @Test
  void l3EscalatingHandsTheIncidentToTheIncidentManager() {
    ProcessInstance incident = atTier(L3, "PT4H", "business");

    complete(task(incident), "escalate", true);

    Task manager = task(incident);
    assertThat(manager.getTaskDefinitionKey()).isEqualTo(RESOLVE_BREACHED_INCIDENT);
    assertThat(candidates(manager)).containsExactly("incident-manager");
  }

  @Test
  void at75PercentOfTheTierBudgetTheIncidentManagerIsWarned() {
    ProcessInstance incident = atFirstTier("Web shop checkout fails", "high", "high", "software");
    String number = number(incident);
    Task l1 = taskAt(incident, RESOLVE_AT_TIER);
    // P1: one hour per tier around the clock; 75 % = 45 minutes
    assertThat(l1.getDueDate()).isEqualTo(Date.from(WEDNESDAY_10AM.plus(Duration.ofHours(1))));

    moveClock(Duration.ofMinutes(46));
    fireTimer(incident, TIER_SLA_WARNING);
    runJobs(incident);

    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("SLA at risk"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
    assertThat(taskAt(incident, RESOLVE_AT_TIER).getId()).as("L1 keeps working").isEqualTo(l1.getId());
  }

  @Test
  void whenTheTierBudgetRunsOutTheIncidentEscalatesAndTheBreachIsRecorded() {
    ProcessInstance incident = atFirstTier("Shared drive unreachable", "medium", "medium", "network");
    String number = number(incident);

    moveClock(Duration.ofHours(4).plusMinutes(1));
    fireTimer(incident, TIER_SLA_BREACHED);
    runJobs(incident);

    Task l2 = task(incident);
    assertThat(candidates(l2)).containsExactly(L2);
    assertThat(records.find(number).orElseThrow().slaBreached()).isTrue();
    assertThat(records.phases(number)).contains("SLA_BREACHED:support-l1", "ESCALATED:support-l2");
    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("SLA breached at support-l1"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
  }

  @Test
  void aBreachAtL3GivesTheIncidentManagerATask() {
    ProcessInstance incident = atTier(L3, "PT1H", "24x7");

    moveClock(Duration.ofMinutes(61));
    fireTimer(incident, TIER_SLA_BREACHED);
    runJobs(incident);

    Task manager = task(incident);
    assertThat(manager.getTaskDefinitionKey()).isEqualTo(RESOLVE_BREACHED_INCIDENT);
    complete(manager, "resolutionNotes", "Failed over to the standby cluster");
    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
  }

  @Test
  void aMajorIncidentIsCoordinatedInParallelReviewedAndRaisesAProblem() {
    ProcessInstance incident = atFirstTier("Payment gateway down for all customers", "high", "high", "network");
    String number = number(incident);

    assertThat(openTasks(incident)).containsExactlyInAnyOrder(RESOLVE_AT_TIER, COORDINATE_MAJOR_INCIDENT);
    complete(taskAt(incident, RESOLVE_AT_TIER), "resolutionNotes", "Restarted the gateway cluster");
    assertThat(openTasks(incident)).as("waits for the coordination").containsExactly(COORDINATE_MAJOR_INCIDENT);
    complete(taskAt(incident, COORDINATE_MAJOR_INCIDENT), "emergencyPlanActivated", true,
        "communicationUpdates", "10:05 status page; 10:40 restored");
    complete(task(incident), "confirmed", true, "satisfaction", 3L);
    Task review = task(incident);
    assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_MAJOR_INCIDENT);
    complete(review, "rootCauseSummary", "Certificate expired on the gateway");
    runJobs(incident);

    assertEnded(incident, CLOSED_PROBLEM_RAISED);
    assertThat(records.find(number).orElseThrow().major()).isTrue();
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("PROBLEM_REQUESTED"))
        .singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("problem management notified"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("ProblemManagement")
        .variableValueEquals("incidentNumber", number).count()).as("a problem record was opened").isEqualTo(1);
  }

  @Test
  void theIncidentManagerDeclaresAMajorIncidentADisasterUnderADrPlan() {
    ProcessInstance incident = atFirstTier("Shop data centre flooded", "high", "high", "hardware");
    String number = number(incident);
    Task coordinate = taskAt(incident, COORDINATE_MAJOR_INCIDENT);
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), Map.of("disasterDeclared", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("drPlanId is required");
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), Map.of("disasterDeclared", true, "drPlanId", "dr-atlantis")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("drPlanId names no DR plan in force");

    complete(coordinate, "disasterDeclared", true, "drPlanId", "dr-online-shop");

    ProcessInstance disaster = runtime.createProcessInstanceQuery().processDefinitionKey("DisasterRecovery")
        .variableValueEquals("incidentNumber", number).singleResult();
    assertThat(disaster).as("the DR plan is activated").isNotNull();
    assertThat(runtime.getVariable(disaster.getId(), "planId")).isEqualTo("dr-online-shop");
    assertThat(runtime.getVariable(disaster.getId(), "summary")).isEqualTo("Shop data centre flooded");
    assertThat(openTasks(incident)).as("the tiers work on").containsExactly(RESOLVE_AT_TIER);
  }

  @Test
  void notFixedReopensAtTheTierThatResolvedIt() {
    ProcessInstance incident = atFirstTier("VPN drops every hour", "medium", "medium", "network");
    complete(task(incident), "escalate", true);
    complete(task(incident), "resolutionNotes", "Renewed the DHCP lease settings");

    complete(task(incident), "confirmed", false, "confirmationNotes", "Still drops");

    Task again = task(incident);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(RESOLVE_AT_TIER);
    assertThat(candidates(again)).containsExactly(L2);
    complete(again, "resolutionNotes", "Replaced the VPN concentrator profile");
    complete(task(incident), "confirmed", true, "satisfaction", 4L);
    assertEnded(incident, CLOSED);
    assertThat(records.phases(number(incident))).containsSubsequence("RESOLVED:support-l2", "REOPENED:support-l2",
        "TIER_ENTERED:support-l2", "RESOLVED:support-l2", "CLOSED");
    assertThat(MailServer.about(number(incident))).filteredOn(m -> m.subject().contains("resolved")).hasSize(2);
  }

  @Test
  void withoutAnAnswerInThreeBusinessDaysTheIncidentClosesWithUnknownSatisfaction() {
    ProcessInstance incident = atFirstTier("Printer offline on floor 3", "low", "low", "hardware");
    complete(task(incident), "resolutionNotes", "Reinstalled the printer");
    // resolved Wednesday 10:00 → the reporter may answer until Monday 10:00
    assertThat(variable(incident, "confirmationDue")).isEqualTo(date("2026-11-30T10:00"));

    moveClock(Duration.ofDays(5).plusMinutes(1));
    fireTimer(incident, NO_ANSWER);
    runJobs(incident);

    assertEnded(incident, CLOSED);
    assertThat(records.find(number(incident)).orElseThrow().satisfaction()).isNull();
    assertThat(records.events(number(incident))).last().satisfies(e -> assertThat(e.note()).isEqualTo("satisfaction unknown"));
  }

  @Test
  void theThirdIncidentOnTheSameCiAndCategoryRaisesAProblem() {
    String ci = "db-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 3; i++) {
      ProcessInstance incident = atFirstTier("Slow queries " + i, "low", "medium", "database", ci);
      complete(task(incident), "resolutionNotes", "Killed the blocking session");
      complete(task(incident), "confirmed", true, "satisfaction", 3L);
      runJobs(incident);
      assertEnded(incident, i < 3 ? CLOSED : CLOSED_PROBLEM_RAISED);
    }
  }

  @Test
  void badInputStartsNothingAndCompletesNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("summary", "x", "impact", "extreme")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("impact");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of("impact", "high")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);

    ProcessInstance incident = atFirstTier("Scanner jams", "low", "low", "hardware");
    complete(task(incident), "resolutionNotes", "Cleaned the rollers");
    Task confirm = task(incident);
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), Map.of("confirmed", true, "satisfaction", 9L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("satisfaction");
    assertThat(task(incident).getId()).isEqualTo(confirm.getId());
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), Map.of("confirmed", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("satisfaction is required");
  }

  @Test
  void aRetriedRegistrationKeepsItsNumber() {
    ProcessInstance incident = runtime.startProcessInstanceByKey(PROCESS, Map.of("summary", "Retry", "reporter", "requester"));
    coverage.track(incident.getId());
    Job registration = management.createJobQuery().processInstanceId(incident.getId()).singleResult();
    management.executeJob(registration.getId());
    String number = number(incident);

    // the number is kept on the instance; running the registration delegate again reuses it
    runtime.createProcessInstanceModification(incident.getId()).startBeforeActivity(REGISTER).execute();
    runJobs(incident);

    assertThat(number(incident)).isEqualTo(number);
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("REGISTERED")).hasSize(1);
    assertThat(MailServer.about(number)).as("the acknowledgement is not mailed twice").hasSize(1);
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance report(String summary, String impact, String urgency, String category, String ci) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("summary", summary);
    variables.put("impact", impact);
    variables.put("urgency", urgency);
    variables.put("category", category);
    variables.put("affectedCi", ci);
    variables.put("reporter", "requester");
    ProcessInstance incident = runtime.startProcessInstanceByKey(PROCESS, variables);
    coverage.track(incident.getId());
    runJobs(incident);
    return incident;
  }

  /** An incident the service desk could not resolve, waiting at its first tier. */
  private ProcessInstance atFirstTier(String summary, String impact, String urgency, String category) {
    return atFirstTier(summary, impact, urgency, category, null);
  }

  private ProcessInstance atFirstTier(String summary, String impact, String urgency, String category, String ci) {
    ProcessInstance incident = report(summary, impact, urgency, category, ci);
    complete(task(incident), "resolvedAtFirstContact", false);
    return incident;
  }

  /** Starts where a detour starts: a routed, not major incident entering the given tier. */
  private ProcessInstance atTier(String tier, String budget, String calendar) {
    ProcessInstance incident = runtime.createProcessInstanceByKey(PROCESS)
        .setVariables(Map.of("incidentNumber", "INC-TEST-" + UUID.randomUUID().toString().substring(0, 6),
            "summary", "Started at " + tier, "currentTier", tier, "tierBudget", budget, "slaCalendar", calendar,
            "priority", "P2", "major", false, "reporter", "requester", "resolutionDue",
            Date.from(WEDNESDAY_10AM.plus(Duration.ofHours(4)))))
        .startBeforeActivity(START_TIER_CLOCK)
        .startBeforeActivity("Gateway_MajorIncident") // the parallel branch the routing would have started
        .execute();
    coverage.track(incident.getId());
    return incident;
  }

  private void complete(Task task, Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    tasks.complete(task.getId(), variables);
    Jobs.runDue(management, task.getProcessInstanceId());
  }

  private void runJobs(ProcessInstance incident) {
    Jobs.runDue(management, incident.getId());
  }

  private void fireTimer(ProcessInstance incident, String boundaryEventId) {
    Job timer = management.createJobQuery().processInstanceId(incident.getId()).timers().activityId(boundaryEventId)
        .singleResult();
    assertThat(timer).as("timer " + boundaryEventId).isNotNull();
    assertThat(timer.getDuedate()).as("due by now").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    management.executeJob(timer.getId());
  }

  private void moveClock(Duration by) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
  }

  private Task task(ProcessInstance incident) {
    return tasks.createTaskQuery().processInstanceId(incident.getId()).singleResult();
  }

  private Task taskAt(ProcessInstance incident, String key) {
    return tasks.createTaskQuery().processInstanceId(incident.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<String> openTasks(ProcessInstance incident) {
    return tasks.createTaskQuery().processInstanceId(incident.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private List<String> candidates(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
  }

  private Object variable(ProcessInstance incident, String name) {
    return runtime.getVariable(incident.getId(), name);
  }

  private String number(ProcessInstance incident) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(incident.getId())
        .variableName("incidentNumber").singleResult().getValue().toString();
  }

  private String businessKey(ProcessInstance incident) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(incident.getId()).singleResult()
        .getBusinessKey();
  }

  private void assertEnded(ProcessInstance incident, String endEventId) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident.getId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(endEventId).count()).isEqualTo(1);
  }

  private static Date date(String localTime) {
    return Date.from(LocalDateTime.parse(localTime).atZone(ZONE).toInstant());
  }
}
