package io.opsflow.oncall;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.oncall.HandoverIds.*;
import static io.opsflow.oncall.HandoverVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.identity.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ShiftHandover, path by path: the rota's handover summarised from OpsFlow's records, written by
 * the outgoing person, acknowledged by the incoming person and kept in the duty log; a handover
 * nobody follows goes to the team, and one not acknowledged within 30 minutes to the operations
 * administrators; a person's handover from Tasklist; bad input refused naming the field.
 */
class HandoverProcessTest extends HandoverTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Test
  void theRotasHandoverIsSummarisedWrittenAcknowledgedAndKeptInTheDutyLog() {
    Shift shift = shift();
    Instant s = shift.start();
    String opened = number("INC", shift, 1);
    String resolved = number("INC", shift, 2);
    String flapping = number("INC", shift, 3);
    String change = number("CHG", shift, 4);
    String inspection = number("INS", shift, 5);
    String before = number("INC", shift, 6);
    incident(opened, "P2", "CRM login fails", "IN_PROGRESS", Roles.SUPPORT_L2, s.plus(Duration.ofHours(2)), null, null);
    incident(resolved, "P3", "Printer offline", "RESOLVED", Roles.SUPPORT_L1, s.minus(Duration.ofHours(3)),
        s.plus(Duration.ofHours(5)), null);
    incident(flapping, "P3", "Disk full on app-server-01", "CLOSED", null, s.plus(Duration.ofHours(6)),
        s.plus(Duration.ofHours(7)), before);
    incident(before, "P3", "Disk full on app-server-01 (first)", "CLOSED", null, s.minus(Duration.ofDays(2)),
        s.minus(Duration.ofDays(2)), null);
    incident(number("INC", shift, 7), "P4", "Opened after the shift", "NEW", null, shift.end().plusSeconds(60), null,
        null);
    changeImplemented(change, "Patch the mail relay", s.plus(Duration.ofHours(7)));
    inspectionAnomaly(inspection, "core-switch-01", "key-services", "fan 2 stopped", opened, s.plus(Duration.ofHours(8)));

    Handover handover = shiftEnded(shift, Roles.SUPPORT_L1, "support-l1", "demo");
    coverage.track(handover.id());

    assertThat(handover.number()).matches("HOV-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(handover.id()).singleResult().getBusinessKey())
        .isEqualTo(handover.number());
    assertThat(steps.waitingAt(handover.id())).containsExactly(WRITE);
    assertThat(steps.task(handover.id(), WRITE).getAssignee()).as("the outgoing person writes it").isEqualTo("support-l1");
    assertThat(steps.variable(handover.id(), INCIDENTS_OPENED)).as("the CRM's and the flapping disk's").isEqualTo(2);
    assertThat(steps.variable(handover.id(), INCIDENTS_RESOLVED)).as("the printer's and the disk's").isEqualTo(2);
    assertThat(steps.variable(handover.id(), INCIDENTS_OPEN)).as("the one opened in the shift, still open").isEqualTo(1);
    assertThat(steps.variable(handover.id(), CHANGES_IMPLEMENTED)).isEqualTo(1);
    assertThat(steps.variable(handover.id(), ALERT_ISSUES)).isEqualTo(1);
    assertThat(steps.variable(handover.id(), INSPECTION_ANOMALIES)).isEqualTo(1);
    String summary = steps.variable(handover.id(), SHIFT_SUMMARY);
    assertThat(summary).contains("Incidents opened / 本班新开事件 (2)", opened + " P2 CRM login fails [IN_PROGRESS]",
        "Incidents resolved / 本班已解决事件 (2)", resolved + " P3 Printer offline",
        "Incidents still open / 仍未解决的事件 (1)", "owner / 负责人: support-l2; next step / 下一步: –",
        change + " Patch the mail relay: successful / 成功 (patched and rebooted)",
        "flapping / 抖动: " + flapping + " fired again after " + before + " had closed",
        inspection + " core-switch-01 key-services (none): fan 2 stopped → " + opened)
        .doesNotContain("Opened after the shift");

    write(handover, "support-l1", "Restarted nginx on app-server-01 at 03:10", "All services green; CRM degraded",
        "Watch " + opened + ": L2 waits for the vendor");

    Task acknowledgement = steps.task(handover.id(), ACKNOWLEDGE);
    assertThat(acknowledgement.getAssignee()).as("the incoming person").isEqualTo("demo");
    assertThat(steps.timerDue(handover.id(), NOT_ACKNOWLEDGED)).isNotNull();
    acknowledge(handover, "demo", "Taken over; will call the vendor at 09:00");

    assertThat(steps.endedAt(handover.id(), TAKEN_OVER)).isTrue();
    DutyLogRecords.Entry entry = log.find(handover.number()).orElseThrow();
    assertThat(entry.team()).isEqualTo(Roles.SUPPORT_L1);
    assertThat(entry.outgoing()).isEqualTo("support-l1");
    assertThat(entry.incoming()).isEqualTo("demo");
    assertThat(entry.shiftStart()).isEqualTo(shift.start());
    assertThat(entry.shiftEnd()).isEqualTo(shift.end());
    assertThat(entry.summary()).isEqualTo(summary);
    assertThat(entry.operationsDone()).isEqualTo("Restarted nginx on app-server-01 at 03:10");
    assertThat(entry.systemState()).isEqualTo("All services green; CRM degraded");
    assertThat(entry.openPoints()).contains(opened);
    assertThat(entry.acknowledgedBy()).isEqualTo("demo");
    assertThat(entry.acknowledgedAt()).isNotNull();
    assertThat(entry.remarks()).startsWith("Taken over");
    assertThat(entry.escalated()).isFalse();
    assertThat(entry.counts()).isEqualTo(new DutyLogRecords.Counts(2, 2, 1, 1, 1, 1));
    assertThat(MailServer.about(handover.number())).as("nobody escalated").isEmpty();
  }

  @Test
  void aBusyShiftIsSummarisedWithinWhatATextVariableHolds() {
    Shift shift = shift();
    for (int i = 10; i < 55; i++) {
      incident(number("INC", shift, i), "P3", "Slow response of the order service " + i + " ".repeat(10) + "x".repeat(400),
          "IN_PROGRESS", Roles.SUPPORT_L1, shift.start().plus(Duration.ofMinutes(i)), null, null);
    }

    Handover handover = shiftEnded(shift, Roles.SUPPORT_L1, "support-l1", "demo");
    coverage.track(handover.id());

    assertThat(steps.waitingAt(handover.id())).containsExactly(WRITE);
    assertThat(steps.variable(handover.id(), INCIDENTS_OPENED)).isEqualTo(45);
    assertThat(steps.variable(handover.id(), INCIDENTS_OPEN)).isEqualTo(45);
    String summary = steps.variable(handover.id(), SHIFT_SUMMARY);
    assertThat(summary.length()).isLessThanOrEqualTo(SummariseShiftDelegate.LONGEST);
    assertThat(summary).contains("Incidents opened / 本班新开事件 (45)", "- … 25 more / 另有 25 条",
        "Slow response of the order service 10 xxx", "xxx…", "cut short / 已截断");
  }

  @Test
  void aHandoverNobodyAcknowledgesIn30MinutesGoesToTheOperationsAdministrators() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    Shift shift = shift();
    Handover handover = shiftEnded(shift, Roles.SUPPORT_L1, "support-l1", null);
    coverage.track(handover.id());
    assertThat(steps.variable(handover.id(), SHIFT_SUMMARY)).contains("Incidents opened / 本班新开事件 (0)\n- none / 无");
    write(handover, "support-l1", "Nothing but monitoring", "All green", "none");

    Task acknowledgement = steps.task(handover.id(), ACKNOWLEDGE);
    assertThat(acknowledgement.getAssignee()).as("nobody follows").isNull();
    assertThat(steps.candidateGroups(acknowledgement)).as("the team acknowledges").containsExactly(Roles.SUPPORT_L1);
    assertThat(steps.timerDue(handover.id(), NOT_ACKNOWLEDGED).toInstant()).as("30 minutes (opsflow.oncall.handover-ack)")
        .isEqualTo(now.plus(Duration.ofMinutes(30)));

    steps.fireTimer(handover.id(), NOT_ACKNOWLEDGED);

    assertThat(steps.endedAt(handover.id(), HANDOVER_ESCALATED)).isFalse();
    assertThat(steps.historicVariable(handover.id(), HandoverVariables.ESCALATED)).isTrue();
    assertThat(MailServer.about(handover.number())).as("to the operations administrators").anySatisfy(mail -> {
      assertThat(mail.subject()).contains("Handover not acknowledged / 交接班未确认");
      assertThat(mail.to()).contains("ops-admin@opsflow.example");
      assertThat(mail.body()).contains("not been acknowledged for 30 minutes", "nobody of team support-l1",
          "已 30 分钟未确认");
    });
    assertThat(steps.waitingAt(handover.id())).as("still to be acknowledged").containsExactly(ACKNOWLEDGE);
    assertThat(steps.candidateGroups(steps.task(handover.id(), ACKNOWLEDGE)))
        .containsExactlyInAnyOrder(Roles.SUPPORT_L1, Roles.OPS_ADMIN);

    acknowledge(handover, "ops-admin", "Called support-l2; they take over");

    assertThat(steps.endedAt(handover.id(), TAKEN_OVER)).isTrue();
    DutyLogRecords.Entry entry = log.find(handover.number()).orElseThrow();
    assertThat(entry.escalated()).isTrue();
    assertThat(entry.incoming()).isNull();
    assertThat(entry.acknowledgedBy()).isEqualTo("ops-admin");
  }

  @Test
  void anEscalatedHandoverIsNoLongerTheIncomingPersonsAloneAndAnOperationsAdministratorTakesItOver() {
    Shift shift = shift();
    Handover handover = shiftEnded(shift, Roles.SUPPORT_L1, "support-l1", "demo");
    coverage.track(handover.id());
    write(handover, "support-l1", "Rotated the logs", "All green", "none");
    assertThat(steps.task(handover.id(), ACKNOWLEDGE).getAssignee()).isEqualTo("demo");

    steps.fireTimer(handover.id(), NOT_ACKNOWLEDGED);
    steps.runJobs(handover.id());

    Task escalated = steps.task(handover.id(), ACKNOWLEDGE);
    assertThat(escalated.getAssignee()).as("offered to the team and the operations administrators").isNull();
    assertThat(steps.candidateGroups(escalated)).containsExactlyInAnyOrder(Roles.SUPPORT_L1, Roles.OPS_ADMIN);
    steps.as("ops-admin", () -> {
      tasks.claim(escalated.getId(), "ops-admin");
      tasks.complete(escalated.getId(), vars(ACKNOWLEDGED, true, REMARKS, "demo is unwell; support-l1 stays on"));
      return null;
    });
    steps.runJobs(handover.id());

    assertThat(steps.endedAt(handover.id(), TAKEN_OVER)).isTrue();
    DutyLogRecords.Entry entry = log.find(handover.number()).orElseThrow();
    assertThat(entry.escalated()).isTrue();
    assertThat(entry.incoming()).isEqualTo("demo");
    assertThat(entry.acknowledgedBy()).isEqualTo("ops-admin");
  }

  @Test
  void aPersonHandsAShiftOverFromTasklist() {
    Shift shift = shift();
    String id = steps.as("support-l2", () -> runtime.startProcessInstanceByKey(PROCESS, vars(TEAM, " support-l2 ",
        OUTGOING, "support-l2", INCOMING, "demo", SHIFT_START, shift.start(), SHIFT_END, shift.end())).getId());
    coverage.track(id);
    steps.runJobs(id);

    assertThat(steps.variable(id, HANDOVER_NUMBER)).matches("HOV-\\d{4}-\\d{6}");
    assertThat(steps.variable(id, TEAM)).isEqualTo("support-l2");
    assertThat(steps.task(id, WRITE).getAssignee()).isEqualTo("support-l2");
    assertThat(history(id)).contains(HANDOVER_REQUESTED).doesNotContain(SHIFT_ENDED);
  }

  @Test
  void aPersonStartsOnlyTheirOwnOrTheirTeamsHandover() {
    Shift shift = shift();
    Map<String, Object> l1 = vars(TEAM, Roles.SUPPORT_L1, OUTGOING, "support-l1", INCOMING, "demo",
        SHIFT_START, shift.start(), SHIFT_END, shift.end());
    for (String stranger : List.of("support-l2", "support-l3")) {
      assertThatThrownBy(() -> steps.as(stranger, () -> runtime.startProcessInstanceByKey(PROCESS, l1)))
          .as(stranger).isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("outgoing is not you and team support-l1 is not yours");
    }
    for (String allowed : List.of("support-l1", "ops-admin", "incident-manager")) {
      String id = steps.as(allowed, () -> runtime.startProcessInstanceByKey(PROCESS, l1).getId());
      assertThat(id).as(allowed).isNotNull();
      runtime.deleteProcessInstance(id, "test");
    }
  }

  @Test
  void badInputStartsNoHandoverAndCompletesNoTask() {
    Shift shift = shift();
    Map<String, Object> good = vars(TEAM, Roles.SUPPORT_L1, OUTGOING, "support-l1", INCOMING, "demo",
        SHIFT_START, shift.start(), SHIFT_END, shift.end());
    refused(with(good, TEAM.name(), "night-owls"), "team names no group: night-owls");
    refused(with(good, TEAM.name(), null), "team is required");
    refused(with(good, TEAM.name(), Roles.REQUESTER), "team is no team on duty: requester");
    refused(with(good, OUTGOING.name(), "nobody-here"), "outgoing names no user: nobody-here");
    refused(with(good, INCOMING.name(), "ghost"), "incoming names no user: ghost");
    refused(with(good, INCOMING.name(), "support-l1"), "incoming is the outgoing person");
    refused(with(good, SHIFT_START.name(), null), "shiftStart is required");
    refused(with(good, SHIFT_END.name(), Date.from(shift.start().minusSeconds(60))), "shiftEnd must be after shiftStart");
    refused(with(good, SHIFT_END.name(), Date.from(shift.start().plus(Duration.ofDays(7).plusHours(1)))),
        "shiftEnd lies more than 7 days after shiftStart");
    refused(with(good, SHIFT_END.name(), "2001-05-01T08:00"), "shiftEnd must carry its time zone offset");

    Handover handover = shiftEnded(shift, Roles.SUPPORT_L1, "support-l1", "demo");
    coverage.track(handover.id());
    Task writing = steps.task(handover.id(), WRITE);
    assertThatThrownBy(() -> tasks.complete(writing.getId(), vars(OPERATIONS_DONE, "Restarted nginx",
        SYSTEM_STATE, " ", OPEN_POINTS, "none")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("systemState is required");
    write(handover, "support-l1", "Restarted nginx", "Green", "none");
    Task acknowledgement = steps.task(handover.id(), ACKNOWLEDGE);
    assertThatThrownBy(() -> tasks.complete(acknowledgement.getId(), vars(HandoverVariables.ACKNOWLEDGED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("acknowledged must be ticked");
    assertThat(steps.waitingAt(handover.id())).containsExactly(ACKNOWLEDGE);
  }

  private void refused(Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, variables))
        .as(message).isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
    assertThatThrownBy(() -> runtime.createMessageCorrelation(SHIFT_ENDED_MESSAGE).setVariables(variables)
        .correlateStartMessage())
        .as("the rota's " + message).isInstanceOf(FormFieldValidationException.class).hasMessageContaining(message);
  }

  private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    Map<String, Object> changed = new java.util.HashMap<>(variables);
    changed.put(name, value);
    return changed;
  }

  private java.util.List<String> history(String id) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId).toList();
  }
}
