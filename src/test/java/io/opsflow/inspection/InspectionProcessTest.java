package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionIds.*;
import static io.opsflow.inspection.InspectionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentVariables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inspection round: the checklist prepared from the plan, completed by its group, readings
 * judged by InspectionFinding, every anomaly or finding raised as an incident, the overdue round
 * reminded then escalated, and the inspector's checklist refused where it is incomplete or out of range.
 */
class InspectionProcessTest extends InspectionTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Test
  void aRoundWithEveryRowOkEndsInOrderAndKeepsEveryReading() {
    InspectionPlans.Plan plan = plan(CIS);
    Round round = start(plan, Instant.now());
    coverage.track(round.id());

    assertThat(steps.waitingAt(round.id())).containsExactly(INSPECT);
    assertThat(steps.candidateGroups(steps.task(round.id(), INSPECT))).containsExactly(Roles.OPS_ENGINEER);
    assertThat(steps.variable(round.id(), CHECKLIST)).as("a row per CI and item").hasSize(9)
        .first().satisfies(row -> assertThat(row).containsEntry("ci", "app-server-01")
            .containsEntry("ciName", "Application server 01").containsEntry("item", "disk-space"));
    assertThat(steps.variable(round.id(), CHECKLIST)).extracting(row -> row.get("ciName"))
        .as("a place the CMDB does not hold keeps its id").contains("machine-room-09");

    complete(round, "ops-engineer", rows(round, Map.of()));

    assertThat(steps.endedAt(round.id(), ALL_IN_ORDER)).isTrue();
    InspectionRecords.Inspection record = records.find(round.number()).orElseThrow();
    assertThat(record.completedBy()).isEqualTo("ops-engineer");
    assertThat(record.completedAt()).isNotNull();
    assertThat(record.readings()).hasSize(9).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo("ok");
      assertThat(r.severity()).isEqualTo("none");
      assertThat(r.incidentNumber()).isNull();
    });
    assertThat(record.readings()).filteredOn(r -> r.itemId().equals("disk-space"))
        .extracting(InspectionRecords.Reading::reading).allSatisfy(v -> assertThat(v).isEqualByComparingTo("50"));
  }

  @Test
  void anAnomalyOpensAnIncidentOnTheCiLinkedToTheRound() {
    Round round = start(plan(CIS), Instant.now());
    coverage.track(round.id());

    complete(round, "ops-engineer", rows(round, Map.of(
        "app-server-01 key-services", Map.of("status", "anomaly", "note", "nginx is down / nginx 已停止"),
        "machine-room-09 key-services", Map.of("status", "anomaly"))));

    assertThat(steps.endedAt(round.id(), INCIDENTS_OPENED)).isTrue();
    InspectionRecords.Reading server = records.reading(round.number(), "app-server-01", "key-services").orElseThrow();
    assertThat(server.incidentNumber()).as("the incident is linked on the reading").startsWith("INC-");
    ProcessInstance incident = runtime.createProcessInstanceQuery().processDefinitionKey(IncidentIds.PROCESS)
        .processInstanceBusinessKey(server.incidentNumber()).singleResult();
    Map<String, Object> variables = runtime.getVariables(incident.getId());
    assertThat(IncidentVariables.AFFECTED_CI.from(variables)).isEqualTo("app-server-01");
    assertThat(IncidentVariables.CATEGORY.from(variables)).as("a server's incident is hardware").isEqualTo("hardware");
    assertThat(IncidentVariables.IMPACT.from(variables)).as("a marked anomaly counts as medium").isEqualTo("medium");
    assertThat(IncidentVariables.URGENCY.from(variables)).isEqualTo("medium");
    assertThat(IncidentVariables.REPORTER.from(variables)).isEqualTo("ops-engineer");
    assertThat(IncidentVariables.SUMMARY.from(variables)).contains(round.number(), "key-services", "app-server-01");
    assertThat(IncidentVariables.DESCRIPTION.from(variables)).contains("nginx is down");

    InspectionRecords.Reading room = records.reading(round.number(), "machine-room-09", "key-services").orElseThrow();
    Map<String, Object> roomIncident = runtime.getVariables(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(room.incidentNumber()).singleResult().getId());
    assertThat(IncidentVariables.AFFECTED_CI.from(roomIncident)).as("a place outside the CMDB names no CI").isNull();
    assertThat(IncidentVariables.CATEGORY.from(roomIncident)).isEqualTo("hardware");
    assertThat(records.reading(round.number(), "core-switch-01", "key-services").orElseThrow().incidentNumber()).isNull();
  }

  @Test
  void aReadingPastItsLimitIsAFindingByInspectionFindingAndAChangedConfigurationADrift() {
    Round round = start(plan(List.of("app-server-01", "core-switch-01")), Instant.now());
    coverage.track(round.id());

    complete(round, "ops-engineer", rows(round, Map.of(
        "app-server-01 disk-space", Map.of("reading", 96.5),
        "core-switch-01 disk-space", Map.of("reading", 86),
        "core-switch-01 config-unchanged", Map.of("status", "anomaly", "note", "ACL 110 added / 新增 ACL 110"))));

    InspectionRecords.Reading full = records.reading(round.number(), "app-server-01", "disk-space").orElseThrow();
    assertThat(full.status()).as("marked ok, yet past its limit").isEqualTo("ok");
    assertThat(full.severity()).isEqualTo("high");
    assertThat(full.reading()).isEqualByComparingTo(new BigDecimal("96.5"));
    assertThat(impact(full.incidentNumber())).isEqualTo("high");
    InspectionRecords.Reading filling = records.reading(round.number(), "core-switch-01", "disk-space").orElseThrow();
    assertThat(filling.severity()).isEqualTo("low");
    assertThat(impact(filling.incidentNumber())).isEqualTo("low");
    InspectionRecords.Reading drift = records.reading(round.number(), "core-switch-01", CONFIG_UNCHANGED).orElseThrow();
    assertThat(drift.configDrift()).as("recorded for the configuration audit").isTrue();
    assertThat(drift.incidentNumber()).isNotNull();
    assertThat(IncidentVariables.CATEGORY.from(runtime.getVariables(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(drift.incidentNumber()).singleResult().getId()))).isEqualTo("network");
    assertThat(records.reading(round.number(), "app-server-01", CONFIG_UNCHANGED).orElseThrow().configDrift()).isFalse();
  }

  @Test
  void anOverdueRoundRemindsItsGroupThenTheOperationsAdministrators() {
    Instant due = Instant.now();
    Round round = start(plan(List.of("app-server-01")), due);
    coverage.track(round.id());
    assertThat(steps.timerDue(round.id(), OVERDUE).toInstant()).as("the plan's 8 hours after it fell due")
        .isEqualTo(due.plusSeconds(8 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(steps.timerDue(round.id(), STILL_OVERDUE).toInstant()).isEqualTo(
        due.plusSeconds(16 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));

    steps.fireTimer(round.id(), OVERDUE);

    assertThat(records.find(round.number()).orElseThrow().overdue()).isTrue();
    assertThat(MailServer.about(round.number())).as("to the inspecting group").anySatisfy(mail -> {
      assertThat(mail.subject()).contains("Inspection overdue / 巡检逾期");
      assertThat(mail.to()).contains("ops-engineer@opsflow.example");
    });
    assertThat(steps.waitingAt(round.id())).containsExactly(INSPECT);

    steps.fireTimer(round.id(), STILL_OVERDUE);

    assertThat(MailServer.about(round.number())).as("then to the operations administrators").anySatisfy(mail -> {
      assertThat(mail.subject()).contains("Inspection still not done / 巡检仍未完成");
      assertThat(mail.to()).contains("ops-admin@opsflow.example");
    });
    assertThat(steps.waitingAt(round.id())).as("still the group's to do").containsExactly(INSPECT);
    complete(round, "ops-engineer", rows(round, Map.of()));
    assertThat(steps.endedAt(round.id(), ALL_IN_ORDER)).isTrue();
  }

  @Test
  void aChecklistMissingAFindingAReadingOrARowOrWithAReadingOutOfRangeIsRefused() {
    Round round = start(plan(List.of("app-server-01")), Instant.now());
    coverage.track(round.id());

    assertRefused(round, rows(round, Map.of("app-server-01 key-services", Map.of("status", ""))), "ok or an anomaly");
    java.util.HashMap<String, Object> noReading = new java.util.HashMap<>();
    noReading.put("reading", null);
    assertRefused(round, rows(round, Map.of("app-server-01 disk-space", noReading)), "give its reading in %");
    assertRefused(round, rows(round, Map.of("app-server-01 disk-space", Map.of("reading", 101))), "from 0 to 100 %");
    assertRefused(round, rows(round, Map.of("app-server-01 key-services", Map.of("reading", 3))), "is not measured");
    List<Map<String, Object>> missing = rows(round, Map.of());
    missing.remove(0);
    assertRefused(round, missing, "rows missing: app-server-01 disk-space");
    List<Map<String, Object>> other = rows(round, Map.of("app-server-01 key-services", Map.of("ci", "crm-db")));
    assertRefused(round, other, "not on this round's checklist");
    assertThat(steps.waitingAt(round.id())).containsExactly(INSPECT);
  }

  @Test
  void aRoundOpenWhenItsPlansChecklistChangesIsCompletedWithTheRowsItWasGiven() {
    InspectionPlans.Plan plan = plan(List.of("app-server-01"));
    Round round = start(plan, Instant.now());
    coverage.track(round.id());
    plans.replace(new InspectionPlans.Plan(plan.planId(), plan.name(), null, plan.ciIds(), List.of(CHECKLIST_ITEMS.get(1)),
        plan.frequency(), plan.doneWithin(), plan.groupId(), plan.nextDueAt(), true));

    complete(round, "ops-engineer", rows(round, Map.of()));

    assertThat(steps.endedAt(round.id(), ALL_IN_ORDER)).isTrue();
    assertThat(records.find(round.number()).orElseThrow().readings()).as("the disk still read, though dropped since")
        .hasSize(3);
  }

  private void assertRefused(Round round, List<Map<String, Object>> rows, String message) {
    assertThatThrownBy(() -> complete(round, "ops-engineer", rows)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("checklist").hasMessageContaining(message);
  }

  private String impact(String incidentNumber) {
    return IncidentVariables.IMPACT.from(runtime.getVariables(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(incidentNumber).singleResult().getId()));
  }
}
