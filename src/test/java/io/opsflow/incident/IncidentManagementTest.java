package io.opsflow.incident;

import static io.opsflow.ProcessSteps.moveClock;
import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.incident.IncidentIds.*;
import static io.opsflow.incident.IncidentVariables.*;
import static io.opsflow.incident.IncidentVariables.ESCALATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.equipment.EquipmentRepairIds;
import io.opsflow.equipment.EquipmentRepairVariables;
import io.opsflow.identity.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.core.env.Environment;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * IncidentManagement, path by path, on the real application: its delegates, decisions, tables
 * and mail. The happy path runs end to end; each detour has a test of its own. Jobs and timers
 * are stepped here, the clock moved with ClockUtil. After the last test, every flow node of the
 * model must have been reached.
 */
@OpsFlowTest
class IncidentManagementTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** A fault report's cause and prevention, where a test is not about them. */
  static final String CAUSE = "Corrupt local profile after the last update";
  static final String PREVENTION = "Profile check added to the update runbook";
  /** A Wednesday morning, inside business hours. */
  static final Instant WEDNESDAY_10AM = LocalDateTime.parse("2026-11-25T10:00").atZone(ZONE).toInstant();

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  ProcessEngine engine;
  @Autowired
  IncidentRecords records;
  @Autowired
  RecordResolutionDelegate recordResolution;
  @Autowired
  Environment environment;
  @Autowired
  io.opsflow.knowledge.KnowledgeBase knowledge;
  @Autowired
  Cmdb cmdb;

  ProcessSteps steps;
  RuntimeService runtime;
  TaskService tasks;

  @BeforeEach
  void wednesdayMorning() {
    steps = new ProcessSteps(engine);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
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
    assertThat(steps.variable(incident.getId(), PRIORITY)).isEqualTo("P3");
    // P3: resolved within 1 business day, i.e. Thursday 10:00
    assertThat(steps.variable(incident.getId(), RESOLUTION_DUE)).isEqualTo(at("2026-11-26T10:00"));

    Task firstContact = task(incident);
    assertThat(firstContact.getTaskDefinitionKey()).isEqualTo(TRY_FIRST_CONTACT_RESOLUTION);
    assertThat(candidates(firstContact)).containsExactly("service-desk");
    complete(incident, TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false);

    Task l1 = task(incident);
    assertThat(l1.getTaskDefinitionKey()).isEqualTo(RESOLVE_AT_TIER);
    assertThat(candidates(l1)).containsExactly(L1);
    // P3: 4 business hours at the tier
    assertThat(l1.getDueDate()).isEqualTo(Date.from(at("2026-11-25T14:00")));
    complete(incident, RESOLVE_AT_TIER, ESCALATE, false, RESOLUTION_NOTES, "Reinstalled the mail client profile",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);

    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .contains("[" + number + "] Incident resolved: Mail client crashes on start");
    Task confirm = task(incident);
    assertThat(confirm.getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
    complete(incident, CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 4);

    assertEnded(incident, CLOSED);
    IncidentRecords.Incident ticket = records.find(number).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.priority()).isEqualTo("P3");
    assertThat(ticket.satisfaction()).isEqualTo(4);
    assertThat(ticket.confirmed()).isTrue();
    assertThat(ticket.tier()).isEqualTo(L1);
    assertThat(ticket.slaBreached()).isFalse();
    assertThat(records.phases(number)).containsExactly(
        "REGISTERED", "TIER_ENTERED:support-l1", "RESOLVED:support-l1", "CLOSED");
  }

  // --- detours --------------------------------------------------------------------------------

  @Test
  void whoeverResolvesWritesTheFaultReportWithCauseFixAndPrevention() {
    ProcessInstance incident = report("Badge reader rejects every card", "low", "medium", "hardware", null);
    Task firstContact = steps.task(incident.getId(), TRY_FIRST_CONTACT_RESOLUTION);
    assertThatThrownBy(() -> tasks.complete(firstContact.getId(), vars(RESOLVED_AT_FIRST_CONTACT, true,
        RESOLUTION_NOTES, "Power-cycled the reader")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("faultCause is required");
    complete(incident, TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false);
    Task l1 = steps.task(incident.getId(), RESOLVE_AT_TIER);
    assertThatThrownBy(() -> tasks.complete(l1.getId(), vars(ESCALATE, false, RESOLUTION_NOTES, "Reset the reader",
        FAULT_CAUSE, "Expired reader certificate")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("preventiveMeasures is required");

    complete(incident, RESOLVE_AT_TIER, FAULT_CAUSE, "Expired reader certificate", RESOLUTION_NOTES, "Renewed the certificate",
        PREVENTIVE_MEASURES, "Reader certificates added to the expiry monitor");

    IncidentRecords.Incident ticket = records.find(number(incident)).orElseThrow();
    assertThat(ticket.faultCause()).isEqualTo("Expired reader certificate");
    assertThat(ticket.resolutionNotes()).isEqualTo("Renewed the certificate");
    assertThat(ticket.preventiveMeasures()).isEqualTo("Reader certificates added to the expiry monitor");
  }

  @Test
  void theServiceDeskResolvesAtFirstContactWithAKnownArticle() {
    ProcessInstance incident = report("Account locked after password change", "low", "medium", "access", null);

    assertThat(steps.variable(incident.getId(), KNOWLEDGE_SUGGESTIONS)).contains("Reset a locked domain account");
    complete(incident, TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, true,
        RESOLUTION_NOTES, "Unlocked the account",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    complete(incident, CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 5);

    assertEnded(incident, CLOSED);
    assertThat(records.find(number(incident)).orElseThrow().tier()).isEqualTo("service-desk");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(START_TIER_CLOCK).count()).isZero();
  }

  @Test
  void eachTierEscalatesToTheNextAndL3ShipsATemporaryPatch() {
    ProcessInstance incident = atFirstTier("Report engine returns wrong totals", "medium", "medium", "software");

    complete(incident, RESOLVE_AT_TIER, ESCALATE, true);
    assertThat(candidates(task(incident))).as("software: the application group").containsExactly(Roles.SUPPORT_L2_APPLICATION);
    complete(incident, RESOLVE_AT_TIER, ESCALATE, true, VENDOR_INVOLVED, true, VENDOR_REFERENCE, "ACME-4711");
    assertThat(candidates(task(incident))).containsExactly(L3);
    complete(incident, RESOLVE_AT_TIER, TEMPORARY_PATCH, true, PATCH_NOTES, "hotfix 2.3.1-p1",
        RESOLUTION_NOTES, "Patched the rounding",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);

    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
    assertThat(records.phases(number(incident))).containsSubsequence(
        "TIER_ENTERED:support-l1", "ESCALATED:support-l2", "TIER_ENTERED:support-l2",
        "ESCALATED:support-l3", "TIER_ENTERED:support-l3", "RESOLVED:support-l3");
  }

  @Test
  void eachTierStartsWithEmptyNotesAndReadsTheNotesOfTheTiersBefore() {
    ProcessInstance incident = atFirstTier("Payroll export hangs", "medium", "medium", "software");

    steps.as("support-l1", () -> {
      tasks.createComment(task(incident).getId(), incident.getId(), "Export job restarted at 10:02");
      complete(incident, RESOLVE_AT_TIER, ESCALATE, true, RESOLUTION_NOTES, "Restarted the export job; it hangs again");
      return null;
    });
    assertThat(steps.variable(incident.getId(), RESOLUTION_NOTES)).as("L2's notes start empty").isNull();
    assertThat(steps.variable(incident.getId(), EARLIER_NOTES).split("\n\n")).as("L1's Tasklist comment, then its notes")
        .satisfiesExactly(
            comment -> assertThat(comment).matches("L1 \\(support-l1, [0-9-]+ [0-9:]+ [^)]+\\): Export job restarted at 10:02"),
            notes -> assertThat(notes).matches("L1 \\(support-l1, [0-9-]+ [0-9:]+ [^)]+\\): Restarted the export job; it hangs again"));

    complete(incident, RESOLVE_AT_TIER, ESCALATE, true, RESOLUTION_NOTES, "The export locks the ledger table");
    assertThat(steps.variable(incident.getId(), RESOLUTION_NOTES)).isNull();
    assertThat(steps.variable(incident.getId(), EARLIER_NOTES).split("\n\n")).hasSize(3)
        .satisfies(blocks -> assertThat(blocks[0]).startsWith("L1 (support-l1, "))
        .satisfies(blocks -> assertThat(blocks[2]).matches("L2 \\([^)]+\\): The export locks the ledger table"));

    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Index added to the ledger table", FAULT_CAUSE, CAUSE,
        PREVENTIVE_MEASURES, PREVENTION);
    assertThat(records.find(number(incident)).orElseThrow().resolutionNotes()).isEqualTo("Index added to the ledger table");
  }

  @Test
  void whatTheServiceDeskTriedIsTheFirstTiersFirstEarlierNote() {
    ProcessInstance incident = report("Scanner on floor 3 shows error E42", "low", "medium", "hardware", null);
    complete(incident, TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false,
        RESOLUTION_NOTES, "Power-cycled the scanner; E42 comes back");

    assertThat(steps.variable(incident.getId(), RESOLUTION_NOTES)).as("L1's notes start empty").isNull();
    assertThat(steps.variable(incident.getId(), EARLIER_NOTES))
        .matches("Service desk \\([0-9-]+ [0-9:]+ [^)]+\\): Power-cycled the scanner; E42 comes back");
  }

  @Test
  void l2IsTheGroupTheAffectedCisTypeAndTheCategoryCallFor() {
    ProcessInstance database = atFirstTier("CRM reports time out", "medium", "medium", "software", "crm-db");
    ProcessInstance desktop = atFirstTier("Laptop keyboard dead", "medium", "medium", "hardware");
    complete(database, RESOLVE_AT_TIER, ESCALATE, true);
    complete(desktop, RESOLVE_AT_TIER, ESCALATE, true);

    assertThat(candidates(task(database))).as("crm-db is a database in the CMDB").containsExactly(Roles.SUPPORT_L2_DATABASE);
    assertThat(candidates(task(desktop))).containsExactly(Roles.SUPPORT_L2_DESKTOP);
    assertThat(records.events(number(database))).filteredOn(e -> e.phase().equals("TIER_ENTERED") && L2.equals(e.tier()))
        .singleElement().satisfies(e -> assertThat(e.note()).isEqualTo(Roles.SUPPORT_L2_DATABASE));
  }

  @Test
  void l1MaySendTheIncidentToAnotherL2GroupSayingWhy() {
    ProcessInstance incident = atFirstTier("Shared printer queue stalls", "medium", "medium", "hardware");
    Task l1 = steps.task(incident.getId(), RESOLVE_AT_TIER);
    assertThatThrownBy(() -> tasks.complete(l1.getId(), vars(ESCALATE, true, L2_GROUP, Roles.SUPPORT_L2_NETWORK)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("l2GroupReason is required");
    assertThatThrownBy(() -> tasks.complete(l1.getId(), vars(ESCALATE, true, L2_GROUP, "support-l2-weather")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("l2Group");

    complete(incident, RESOLVE_AT_TIER, ESCALATE, true, L2_GROUP, Roles.SUPPORT_L2_NETWORK,
        L2_GROUP_REASON, "The print server lost its VLAN");

    assertThat(candidates(task(incident))).containsExactly(Roles.SUPPORT_L2_NETWORK);
    assertThat(records.events(number(incident))).filteredOn(e -> e.phase().equals("L2_GROUP_CHOSEN")).singleElement()
        .satisfies(e -> assertThat(e.note()).isEqualTo(
            "support-l2-network instead of support-l2-desktop: The print server lost its VLAN"));
  }

  @Test
  void l1HandsAHardwareFaultToEquipmentRepairAndTheIncidentWaitsForTheRepair() {
    String server = TestItems.create(cmdb, "srv-inc", "server", "low");
    ProcessInstance incident = atFirstTier("Server fan grinds and the host switches off", "medium", "medium",
        "hardware", server);
    assertThatThrownBy(() -> complete(incident, RESOLVE_AT_TIER, HAND_TO_REPAIR, true))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(EQUIPMENT_MODEL.name());

    complete(incident, RESOLVE_AT_TIER, HAND_TO_REPAIR, true, EQUIPMENT_MODEL, "PowerEdge R650");

    assertThat(steps.waitingAt(incident.getId())).containsExactly(AWAIT_EQUIPMENT_REPAIR);
    String repair = steps.variable(incident.getId(), REPAIR_NUMBER);
    assertThat(repair).matches("REP-\\d{4}-\\d{6}");
    String repairId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(repair).singleResult().getId();
    assertThat(steps.variable(repairId, EquipmentRepairVariables.EQUIPMENT_CI)).isEqualTo(server);
    assertThat(steps.variable(repairId, EquipmentRepairVariables.INCIDENT_NUMBER)).isEqualTo(number(incident));
    steps.complete(repairId, EquipmentRepairIds.CLASSIFY, EquipmentRepairVariables.FAULT_CLASS, "mechanical",
        EquipmentRepairVariables.SPARE_IN_PLACE, false);
    steps.complete(repairId, EquipmentRepairIds.PLAN, EquipmentRepairVariables.REPAIR_STEPS, "Replace the fan",
        EquipmentRepairVariables.ESTIMATED_HOURS, 1, EquipmentRepairVariables.REPAIR_BY, "in-house");
    steps.complete(repairId, EquipmentRepairIds.CARRY_OUT_REPAIR, EquipmentRepairVariables.REPAIR_NOTES, "Fan replaced");
    assertThat(steps.waitingAt(incident.getId())).as("still waiting until the repair is recorded")
        .containsExactly(AWAIT_EQUIPMENT_REPAIR);
    // the repair takes longer than the incident's resolution target: the incident managers are called in
    ClockUtil.setCurrentTime(Date.from(steps.timerDue(incident.getId(), RESOLUTION_OVERDUE_DURING_REPAIR).toInstant()
        .plusSeconds(60)));
    fireDueTimer(incident, RESOLUTION_OVERDUE_DURING_REPAIR);
    assertThat(MailServer.about(number(incident))).filteredOn(m -> m.subject().contains("Resolution target passed"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
    assertThat(records.phases(number(incident))).contains("RESOLUTION_OVERDUE:support-l1");
    assertThat(steps.waitingAt(incident.getId())).as("and it keeps waiting for the repair")
        .containsExactly(AWAIT_EQUIPMENT_REPAIR);
    steps.complete(repairId, EquipmentRepairIds.TEST, EquipmentRepairVariables.TEST_PASSED, true);
    steps.complete(repairId, EquipmentRepairIds.RECORD, EquipmentRepairVariables.FAULT_CAUSE, "Worn fan bearing",
        EquipmentRepairVariables.HOURS_SPENT, 1);

    Task l1 = task(incident);
    assertThat(l1.getTaskDefinitionKey()).as("the incident continues at its tier").isEqualTo(RESOLVE_AT_TIER);
    assertThat(candidates(l1)).containsExactly(L1);
    assertThat(steps.variable(incident.getId(), REPAIR_OUTCOME)).contains(repair, "Worn fan bearing");
    complete(incident, RESOLVE_AT_TIER, ESCALATE, false, RESOLUTION_NOTES, "Fan replaced by equipment repair",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
    assertThat(records.phases(number(incident))).containsSubsequence("TIER_ENTERED:support-l1",
        "EQUIPMENT_REPAIR_REQUESTED:support-l1", "TIER_ENTERED:support-l1", "RESOLVED:support-l1");
  }

  @Test
  void onlyL1OrL2HandsOnlyAHardwareFaultAndNotWithAnEscalation() {
    ProcessInstance database = atFirstTier("CRM database slow", "medium", "medium", "database", "crm-db");
    assertThatThrownBy(() -> complete(database, RESOLVE_AT_TIER, HAND_TO_REPAIR, true, EQUIPMENT_MODEL, "X"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("handToRepair needs the incident's "
            + "configuration item to be hardware");
    String server = TestItems.create(cmdb, "srv-inc", "server", "low");
    ProcessInstance hardware = atFirstTier("Server beeps", "medium", "medium", "hardware", server);
    assertThatThrownBy(() -> complete(hardware, RESOLVE_AT_TIER, HAND_TO_REPAIR, true, EQUIPMENT_MODEL, "X",
        ESCALATE, true, L2_GROUP, Roles.SUPPORT_L2)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("handToRepair and escalate exclude each other");
    ProcessInstance l3 = atTier(L3, "PT4H", "business");
    runtime.setVariable(l3.getId(), AFFECTED_CI_TYPE.name(), "server");
    assertThatThrownBy(() -> complete(l3, RESOLVE_AT_TIER, HAND_TO_REPAIR, true, EQUIPMENT_MODEL, "X"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("handToRepair is for L1 and L2");
  }

  @Test
  void aRetiredConfigurationItemIsNotHandedToEquipmentRepair() {
    String server = TestItems.create(cmdb, "srv-inc", "server", "low");
    ProcessInstance incident = atFirstTier("Server retired meanwhile", "medium", "medium", "hardware", server);
    cmdb.retire(server, new Cmdb.Author("test", null));

    assertThatThrownBy(() -> complete(incident, RESOLVE_AT_TIER, HAND_TO_REPAIR, true, EQUIPMENT_MODEL, "X"))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("handToRepair '" + server + "' is no configuration item in service");
    assertThat(task(incident).getTaskDefinitionKey()).as("the tier keeps its task").isEqualTo(RESOLVE_AT_TIER);
    assertThat(steps.variable(incident.getId(), REPAIR_NUMBER)).isNull();
  }

  @Test
  void l3EscalatingHandsTheIncidentToTheIncidentManager() {
    ProcessInstance incident = atTier(L3, "PT4H", "business");

    complete(incident, RESOLVE_AT_TIER, ESCALATE, true);

    Task manager = task(incident);
    assertThat(manager.getTaskDefinitionKey()).isEqualTo(RESOLVE_BREACHED_INCIDENT);
    assertThat(candidates(manager)).containsExactly("incident-manager");
  }

  @Test
  void at75PercentOfTheTierBudgetTheIncidentManagerIsWarned() {
    ProcessInstance incident = atFirstTier("Web shop checkout fails", "high", "high", "software");
    String number = number(incident);
    Task l1 = steps.task(incident.getId(), RESOLVE_AT_TIER);
    // P1: one hour per tier around the clock; 75 % = 45 minutes
    assertThat(l1.getDueDate()).isEqualTo(Date.from(WEDNESDAY_10AM.plus(Duration.ofHours(1))));

    moveClock(Duration.ofMinutes(46));
    fireDueTimer(incident, TIER_SLA_WARNING);

    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("SLA at risk"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
    assertThat(steps.task(incident.getId(), RESOLVE_AT_TIER).getId()).as("L1 keeps working").isEqualTo(l1.getId());
  }

  @Test
  void whenTheTierBudgetRunsOutTheIncidentEscalatesAndTheBreachIsRecorded() {
    ProcessInstance incident = atFirstTier("Shared drive unreachable", "medium", "medium", "network");
    String number = number(incident);

    moveClock(Duration.ofHours(4).plusMinutes(1));
    fireDueTimer(incident, TIER_SLA_BREACHED);

    Task l2 = task(incident);
    assertThat(candidates(l2)).as("network: the network group").containsExactly(Roles.SUPPORT_L2_NETWORK);
    assertThat(records.find(number).orElseThrow().slaBreached()).isTrue();
    assertThat(records.phases(number)).contains("SLA_BREACHED:support-l1", "ESCALATED:support-l2");
    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("SLA breached at support-l1"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
  }

  @Test
  void whenTheResolutionTargetPassesAtAnyTierTheIncidentManagerIsCalledIn() {
    ProcessInstance incident = atFirstTier("Intranet search returns nothing", "medium", "medium", "software");
    String number = number(incident);
    // P3: resolved by Thursday 10:00 (1 business day), but the tier budgets (4 business hours each) run longer
    assertThat(steps.timerDue(incident.getId(), RESOLUTION_OVERDUE)).isEqualTo(Date.from(at("2026-11-26T10:00")));
    moveClock(Duration.ofHours(6));
    complete(incident, RESOLVE_AT_TIER, ESCALATE, true);
    assertThat(candidates(task(incident))).containsExactly(Roles.SUPPORT_L2_APPLICATION);
    assertThat(steps.task(incident.getId(), RESOLVE_AT_TIER).getDueDate()).as("L2's budget ends after the target")
        .isEqualTo(Date.from(at("2026-11-26T11:00")));

    ClockUtil.setCurrentTime(Date.from(at("2026-11-26T10:01")));
    fireDueTimer(incident, RESOLUTION_OVERDUE);

    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("Resolution target passed"))
        .singleElement().satisfies(m -> {
          assertThat(m.to()).contains("incident-manager@opsflow.example");
          assertThat(m.subject()).contains("故障处理超时");
        });
    assertThat(records.phases(number)).contains("RESOLUTION_OVERDUE:support-l2");
    assertThat(records.find(number).orElseThrow().slaBreached()).isTrue();
    assertThat(candidates(task(incident))).as("L2 keeps working").containsExactly(Roles.SUPPORT_L2_APPLICATION);
  }

  @Test
  void everyPriorityHasItsResolutionTimer() {
    for (String level : List.of("high", "medium", "low")) {
      ProcessInstance incident = atFirstTier("Resolution timer " + level, level, level, "other");
      assertThat(steps.timerDue(incident.getId(), RESOLUTION_OVERDUE)).as(level)
          .isEqualTo(Date.from(steps.variable(incident.getId(), RESOLUTION_DUE)));
    }
  }

  @Test
  void anIncidentNobodyTakesWarnsTheServiceDeskLeadThenTheIncidentManager() {
    ProcessInstance incident = report("Label printer prints blank pages", "medium", "medium", "hardware", null);
    String number = number(incident);
    // P3: respond within 2 business hours, then the incident managers 2 hours after that
    assertThat(steps.timerDue(incident.getId(), RESPONSE_TARGET_PASSED)).isEqualTo(Date.from(at("2026-11-25T12:00")));
    assertThat(steps.timerDue(incident.getId(), RESPONSE_OVERDUE)).isEqualTo(Date.from(at("2026-11-25T14:00")));

    moveClock(Duration.ofHours(2).plusMinutes(1));
    fireDueTimer(incident, RESPONSE_TARGET_PASSED);
    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("Nobody has taken"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("service-desk-lead@opsflow.example").doesNotContain("incident-manager@opsflow.example"));

    moveClock(Duration.ofHours(2));
    fireDueTimer(incident, RESPONSE_OVERDUE);
    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("still not taken"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("RESPONSE_OVERDUE")).hasSize(2);
    assertThat(task(incident).getTaskDefinitionKey()).as("still the service desk's").isEqualTo(TRY_FIRST_CONTACT_RESOLUTION);
  }

  @Test
  void aClaimedIncidentIsResponseEnough() {
    ProcessInstance incident = report("Docking station not detected", "medium", "medium", "hardware", null);
    String number = number(incident);
    tasks.claim(task(incident).getId(), "service-desk");

    moveClock(Duration.ofHours(2).plusMinutes(1));
    fireDueTimer(incident, RESPONSE_TARGET_PASSED);
    moveClock(Duration.ofHours(2));
    fireDueTimer(incident, RESPONSE_OVERDUE);

    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject).noneMatch(s -> s.contains("taken"));
    assertThat(records.phases(number)).doesNotContain("RESPONSE_OVERDUE");
  }

  @Test
  void aBreachAtL3GivesTheIncidentManagerATask() {
    ProcessInstance incident = atTier(L3, "PT1H", "24x7");
    steps.as("support-l3", () -> tasks.createComment(task(incident).getId(), incident.getId(),
        "Primary cluster corrupt; restoring from backup"));

    moveClock(Duration.ofMinutes(61));
    fireDueTimer(incident, TIER_SLA_BREACHED);

    Task manager = task(incident);
    assertThat(manager.getTaskDefinitionKey()).isEqualTo(RESOLVE_BREACHED_INCIDENT);
    assertThat(steps.variable(incident.getId(), EARLIER_NOTES)).as("L3's Tasklist comments, its form never sent")
        .matches("(?s).*L3 \\(support-l3, [0-9-]+ [0-9:]+ [^)]+\\): Primary cluster corrupt; restoring from backup");
    complete(incident, RESOLVE_BREACHED_INCIDENT, RESOLUTION_NOTES, "Failed over to the standby cluster",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(CONFIRM_RESOLUTION);
  }

  @Test
  void aMajorIncidentIsCoordinatedInParallelReviewedAndRaisesAProblem() {
    ProcessInstance incident = atFirstTier("Payment gateway down for all customers", "high", "high", "network");
    String number = number(incident);

    assertThat(openTasks(incident)).containsExactlyInAnyOrder(RESOLVE_AT_TIER, COORDINATE_MAJOR_INCIDENT);
    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Restarted the gateway cluster",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    assertThat(openTasks(incident)).as("waits for the coordination").containsExactly(COORDINATE_MAJOR_INCIDENT);
    long runbook = knowledge.publish("article", "Payment gateway failover runbook " + number,
        "Fail over to the standby gateway cluster, then page the vendor.", "network", null);
    // the form's runbook list (its DR plans are another list) names the plan
    complete(incident, COORDINATE_MAJOR_INCIDENT, EMERGENCY_PLAN_KIND, RUNBOOK, EMERGENCY_RUNBOOK, String.valueOf(runbook),
        EMERGENCY_PLAN_ACTIVATED_AT, WEDNESDAY_10AM, COMMUNICATION_UPDATES, "10:05 status page; 10:40 restored");
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("EMERGENCY_PLAN_ACTIVATED")).singleElement()
        .satisfies(e -> assertThat(e.note()).isEqualTo("runbook " + runbook + " at 2026-11-25 10:00 Asia/Shanghai"));
    complete(incident, CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 3);
    assertThat(task(incident).getTaskDefinitionKey()).isEqualTo(REVIEW_MAJOR_INCIDENT);
    complete(incident, REVIEW_MAJOR_INCIDENT, ROOT_CAUSE_SUMMARY, "Certificate expired on the gateway");

    assertEnded(incident, CLOSED_PROBLEM_RAISED);
    assertThat(records.find(number).orElseThrow().major()).isTrue();
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("PROBLEM_REQUESTED"))
        .singleElement().satisfies(e -> assertThat(e.note()).isEqualTo("problem management notified"));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(io.opsflow.problem.ProblemIds.PROCESS)
        .variableValueEquals(INCIDENT_NUMBER.name(), number).count()).as("a problem record was opened").isEqualTo(1);
  }

  @Test
  void aMajorIncidentMustNameTheEmergencyPlanItActivated() {
    ProcessInstance incident = atFirstTier("Core network down in building A", "high", "high", "network");
    Task coordinate = steps.task(incident.getId(), COORDINATE_MAJOR_INCIDENT);
    Instant activated = WEDNESDAY_10AM.plus(Duration.ofMinutes(-5));

    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), vars(COMMUNICATION_UPDATES, "status page updated")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("emergencyPlanKind is required");
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), vars(EMERGENCY_PLAN_KIND, DR_PLAN,
        EMERGENCY_PLAN, "dr-atlantis", EMERGENCY_PLAN_ACTIVATED_AT, activated)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("emergencyPlan names no DR plan in force");
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), vars(EMERGENCY_PLAN_KIND, RUNBOOK,
        EMERGENCY_PLAN, "999999999", EMERGENCY_PLAN_ACTIVATED_AT, activated)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("names no published article");
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), vars(EMERGENCY_PLAN_KIND, DR_PLAN,
        EMERGENCY_PLAN, "dr-online-shop")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("emergencyPlanActivatedAt is required");

    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), vars(EMERGENCY_PLAN_KIND, DR_PLAN,
        EMERGENCY_RUNBOOK, "42", EMERGENCY_PLAN_ACTIVATED_AT, activated)))
        .as("the runbook list does not name a DR plan").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("emergencyPlan is required");
    complete(incident, COORDINATE_MAJOR_INCIDENT, EMERGENCY_PLAN_KIND, DR_PLAN, EMERGENCY_DR_PLAN, "dr-online-shop",
        EMERGENCY_PLAN_ACTIVATED_AT, activated);

    assertThat(records.events(number(incident))).filteredOn(e -> e.phase().equals("EMERGENCY_PLAN_ACTIVATED"))
        .singleElement().satisfies(e -> {
          assertThat(e.note()).isEqualTo("dr-plan dr-online-shop at 2026-11-25 09:55 Asia/Shanghai");
          assertThat(e.occurredAt()).isEqualTo(activated);
        });
  }

  @Test
  void theIncidentManagerDeclaresAMajorIncidentADisasterUnderADrPlan() {
    ProcessInstance incident = atFirstTier("Shop data centre flooded", "high", "high", "hardware");
    String number = number(incident);
    Task coordinate = steps.task(incident.getId(), COORDINATE_MAJOR_INCIDENT);
    Map<String, Object> plan = vars(EMERGENCY_PLAN_KIND, DR_PLAN, EMERGENCY_PLAN, "dr-online-shop",
        EMERGENCY_PLAN_ACTIVATED_AT, WEDNESDAY_10AM);
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), with(plan, "disasterDeclared", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("drPlanId is required");
    assertThatThrownBy(() -> tasks.complete(coordinate.getId(), with(with(plan, "disasterDeclared", true), "drPlanId", "dr-atlantis")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("drPlanId names no DR plan in force");

    complete(incident, COORDINATE_MAJOR_INCIDENT, EMERGENCY_PLAN_KIND, DR_PLAN, EMERGENCY_PLAN, "dr-online-shop",
        EMERGENCY_PLAN_ACTIVATED_AT, WEDNESDAY_10AM, "disasterDeclared", true, "drPlanId", "dr-online-shop");

    ProcessInstance disaster = runtime.createProcessInstanceQuery().processDefinitionKey("DisasterRecovery")
        .variableValueEquals(INCIDENT_NUMBER.name(), number).singleResult();
    assertThat(disaster).as("the DR plan is activated").isNotNull();
    assertThat(runtime.getVariable(disaster.getId(), "planId")).isEqualTo("dr-online-shop");
    assertThat(runtime.getVariable(disaster.getId(), SUMMARY.name())).isEqualTo("Shop data centre flooded");
    assertThat(openTasks(incident)).as("the tiers work on").containsExactly(RESOLVE_AT_TIER);
  }

  @Test
  void notFixedReopensAtTheTierThatResolvedIt() {
    ProcessInstance incident = atFirstTier("VPN drops every hour", "medium", "medium", "network");
    complete(incident, RESOLVE_AT_TIER, ESCALATE, true);
    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Renewed the DHCP lease settings",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);

    complete(incident, CONFIRM_RESOLUTION, CONFIRMED, false, CONFIRMATION_NOTES, "Still drops");

    Task again = task(incident);
    assertThat(again.getTaskDefinitionKey()).isEqualTo(RESOLVE_AT_TIER);
    assertThat(candidates(again)).as("the same L2 group").containsExactly(Roles.SUPPORT_L2_NETWORK);
    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Replaced the VPN concentrator profile",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    complete(incident, CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 4);
    assertEnded(incident, CLOSED);
    assertThat(records.phases(number(incident))).containsSubsequence("RESOLVED:support-l2", "REOPENED:support-l2",
        "TIER_ENTERED:support-l2", "RESOLVED:support-l2", "CLOSED");
    assertThat(MailServer.about(number(incident))).filteredOn(m -> m.subject().contains("resolved")).hasSize(2);
  }

  @Test
  void withoutAnAnswerInThreeBusinessDaysTheIncidentClosesWithoutConfirmation() {
    ProcessInstance incident = atFirstTier("Printer offline on floor 3", "low", "low", "hardware");
    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Reinstalled the printer",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    // resolved Wednesday 10:00 → the reporter may answer until Monday 10:00
    assertThat(steps.variable(incident.getId(), CONFIRMATION_DUE)).isEqualTo(at("2026-11-30T10:00"));

    moveClock(Duration.ofDays(5).plusMinutes(1));
    fireDueTimer(incident, NO_ANSWER);

    assertEnded(incident, CLOSED);
    IncidentRecords.Incident ticket = records.find(number(incident)).orElseThrow();
    assertThat(ticket.satisfaction()).isNull();
    assertThat(ticket.confirmed()).as("closed without confirmation").isFalse();
    assertThat(records.events(number(incident))).last()
        .satisfies(e -> assertThat(e.note()).isEqualTo("closed without confirmation, satisfaction unknown"));
  }

  @Test
  void theReportersBusinessDaysToAnswerAreConfiguration() {
    assertThat(environment.getProperty("opsflow.incident.confirmation-window")).isEqualTo("P3D");
    Object configured = ReflectionTestUtils.getField(recordResolution, "confirmationWindow");
    ReflectionTestUtils.setField(recordResolution, "confirmationWindow", "P1D");
    try {
      ProcessInstance incident = atFirstTier("Projector shows no picture", "low", "low", "hardware");
      complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Replaced the HDMI cable",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
      // one business day from Wednesday 10:00
      assertThat(steps.variable(incident.getId(), CONFIRMATION_DUE)).isEqualTo(at("2026-11-26T10:00"));
    } finally {
      ReflectionTestUtils.setField(recordResolution, "confirmationWindow", configured);
    }
  }

  @Test
  void theThirdIncidentOnTheSameCiAndCategoryRaisesAProblem() {
    String ci = "db-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 1; i <= 3; i++) {
      ProcessInstance incident = atFirstTier("Slow queries " + i, "low", "medium", "database", ci);
      complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Killed the blocking session",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
      complete(incident, CONFIRM_RESOLUTION, CONFIRMED, true, SATISFACTION, 3);
      assertEnded(incident, i < 3 ? CLOSED : CLOSED_PROBLEM_RAISED);
    }
  }

  @Test
  void badInputStartsNothingAndCompletesNothing() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();

    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "x", IMPACT, "extreme")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("impact");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, vars(IMPACT, "high")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("summary is required");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);

    ProcessInstance incident = atFirstTier("Scanner jams", "low", "low", "hardware");
    complete(incident, RESOLVE_AT_TIER, RESOLUTION_NOTES, "Cleaned the rollers",
        FAULT_CAUSE, CAUSE, PREVENTIVE_MEASURES, PREVENTION);
    Task confirm = task(incident);
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), vars(CONFIRMED, true, SATISFACTION.name(), 9L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("satisfaction");
    assertThat(task(incident).getId()).isEqualTo(confirm.getId());
    assertThatThrownBy(() -> tasks.complete(confirm.getId(), vars(CONFIRMED, true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("satisfaction is required");
  }

  @Test
  void aRetriedRegistrationKeepsItsNumber() {
    ProcessInstance incident = runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, "Retry", REPORTER, "requester"));
    coverage.track(incident.getId());
    ManagementService management = engine.getManagementService();
    Job registration = management.createJobQuery().processInstanceId(incident.getId()).singleResult();
    management.executeJob(registration.getId());
    String number = number(incident);

    // the number is kept on the instance; running the registration delegate again reuses it
    runtime.createProcessInstanceModification(incident.getId()).startBeforeActivity(REGISTER).execute();
    steps.runJobs(incident.getId());

    assertThat(number(incident)).isEqualTo(number);
    assertThat(records.events(number)).filteredOn(e -> e.phase().equals("REGISTERED")).hasSize(1);
    assertThat(MailServer.about(number)).as("the acknowledgement is not mailed twice").hasSize(1);
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessInstance report(String summary, String impact, String urgency, String category, String ci) {
    ProcessInstance incident = runtime.startProcessInstanceByKey(PROCESS, vars(SUMMARY, summary, IMPACT, impact,
        URGENCY, urgency, CATEGORY, category, AFFECTED_CI, ci, REPORTER, "requester"));
    coverage.track(incident.getId());
    steps.runJobs(incident.getId());
    return incident;
  }

  /** An incident the service desk could not resolve, waiting at its first tier. */
  private ProcessInstance atFirstTier(String summary, String impact, String urgency, String category) {
    return atFirstTier(summary, impact, urgency, category, null);
  }

  private ProcessInstance atFirstTier(String summary, String impact, String urgency, String category, String ci) {
    ProcessInstance incident = report(summary, impact, urgency, category, ci);
    complete(incident, TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false);
    return incident;
  }

  /** Starts where a detour starts: a routed, not major incident entering the given tier. */
  private ProcessInstance atTier(String tier, String budget, String calendar) {
    ProcessInstance incident = runtime.createProcessInstanceByKey(PROCESS)
        .setVariables(vars(INCIDENT_NUMBER, "INC-TEST-" + UUID.randomUUID().toString().substring(0, 6),
            SUMMARY, "Started at " + tier, CURRENT_TIER, tier, TIER_BUDGET, budget, SLA_CALENDAR, calendar,
            PRIORITY, "P2", MAJOR, false, REPORTER, "requester", RESOLUTION_DUE,
            WEDNESDAY_10AM.plus(Duration.ofHours(4))))
        .startBeforeActivity(START_TIER_CLOCK)
        .startBeforeActivity("Gateway_MajorIncident") // the parallel branch the routing would have started
        .execute();
    coverage.track(incident.getId());
    return incident;
  }

  private void complete(ProcessInstance incident, String taskKey, Object... namesAndValues) {
    steps.complete(incident.getId(), taskKey, namesAndValues);
  }

  /** Fires the timer, which must be due by now. */
  private void fireDueTimer(ProcessInstance incident, String boundaryEventId) {
    assertThat(steps.timerDue(incident.getId(), boundaryEventId)).as("due by now")
        .isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    steps.fireTimer(incident.getId(), boundaryEventId);
  }

  /** The one open task of the incident. */
  private Task task(ProcessInstance incident) {
    assertThat(steps.tasks(incident.getId())).as("open tasks").hasSize(1);
    return steps.tasks(incident.getId()).get(0);
  }

  private List<String> openTasks(ProcessInstance incident) {
    return steps.tasks(incident.getId()).stream().map(Task::getTaskDefinitionKey).toList();
  }

  private List<String> candidates(Task task) {
    return steps.candidateGroups(task);
  }

  private String number(ProcessInstance incident) {
    return steps.historicVariable(incident.getId(), INCIDENT_NUMBER);
  }

  private String businessKey(ProcessInstance incident) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(incident.getId()).singleResult()
        .getBusinessKey();
  }

  private void assertEnded(ProcessInstance incident, String endEventId) {
    assertThat(steps.endedAt(incident.getId(), endEventId)).as("ended at " + endEventId).isTrue();
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    Map<String, Object> more = new java.util.HashMap<>(variables);
    more.put(name, value);
    return more;
  }

  private static Instant at(String localTime) {
    return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
  }
}
