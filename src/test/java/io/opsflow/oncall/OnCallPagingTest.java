package io.opsflow.oncall;

import static io.opsflow.oncall.OnCallIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentVariables;
import io.opsflow.platform.process.TicketNumbers;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OnCallPaging, started by the incident's first tier task: a P1/P2 incident (or any outside
 * business hours) pages the team's person on duty, who is given the task and mailed; taking the
 * task or the API acknowledges; without an acknowledgement the escalation list is paged in turn,
 * then the incident managers. The incidents start at their first tier task (team
 * support-l2-desktop, rota of its own in 2100: its demo user by day, demo by night; escalation
 * list demo, ops-admin), on a clock of the test's own.
 */
@OpsFlowTest
class OnCallPagingTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PAGING);

  static final String TEAM = Roles.SUPPORT_L2_DESKTOP;
  static final Instant MONDAY_10AM = OffsetDateTime.parse("2100-03-01T10:00+08:00").toInstant();
  static final Instant MONDAY_10PM = OffsetDateTime.parse("2100-03-01T22:00+08:00").toInstant();

  @Autowired
  OnCallRota rota;
  @Autowired
  TicketNumbers numbers;

  private ProcessSteps steps;

  @BeforeEach
  void rota() {
    steps = new ProcessSteps(engine);
    Instant morning = OffsetDateTime.parse("2100-03-01T09:00+08:00").toInstant();
    Instant evening = OffsetDateTime.parse("2100-03-01T18:00+08:00").toInstant();
    rota.replace(TEAM, List.of(new OnCallRota.Shift(null, TEAM, TEAM, morning, evening, false, null),
        new OnCallRota.Shift(null, TEAM, "demo", evening, morning.plus(Duration.ofDays(1)), false, null)), morning);
    rota.setEscalation(TEAM, List.of("demo", "ops-admin"));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aP1PagesThePersonOnDutyWhoAcknowledgesThroughTheApi() {
    Incident incident = incident("P1", MONDAY_10AM);

    assertThat(steps.waitingAt(incident.page())).containsExactly(AWAIT_ACKNOWLEDGEMENT);
    assertThat(paged(incident)).as("the task is offered to the person on duty").containsExactly(TEAM);
    assertThat(tierTask(incident).getAssignee()).as("not assigned: claiming it acknowledges").isNull();
    assertThat(MailServer.about(incident.number())).filteredOn(m -> m.subject().contains("On-call page / 值班呼叫"))
        .singleElement().satisfies(mail -> {
          assertThat(mail.to()).containsExactly(TEAM + "@opsflow.example");
          assertThat(mail.body()).contains("Claim the task in Tasklist to acknowledge").contains("在任务列表中认领该任务以确认呼叫")
              .contains("/api/oncall/pages/" + incident.number() + "/ack").contains("您正在为");
        });

    String ack = "/api/oncall/pages/" + incident.number() + "/ack";
    assertThat(as("support-l1").post(ack, "").status()).as("not the paged person nor the team").isEqualTo(403);
    assertThat(as(TEAM).post(ack, "").status()).isEqualTo(200);

    assertThat(steps.endedAt(incident.page(), PAGE_ACKNOWLEDGED)).isTrue();
    assertThat(steps.historicVariable(incident.page(), PagingVariables.ACKNOWLEDGED_BY)).isEqualTo(TEAM);
    assertThat(as(TEAM).post(ack, "").status()).as("nothing waits any more").isEqualTo(404);
  }

  @Test
  void withoutAcknowledgementTheEscalationListIsPagedThenTheIncidentManagers() {
    Incident incident = incident("P2", MONDAY_10AM);

    steps.fireTimer(incident.page(), NO_ACKNOWLEDGEMENT);
    steps.runJobs(incident.page());
    assertThat(paged(incident)).as("next on the list, the one before no longer").containsExactly("demo");
    steps.fireTimer(incident.page(), NO_ACKNOWLEDGEMENT);
    steps.runJobs(incident.page());
    assertThat(paged(incident)).containsExactly("ops-admin");
    assertThat(tierTask(incident).getAssignee()).isNull();
    steps.fireTimer(incident.page(), NO_ACKNOWLEDGEMENT);
    steps.runJobs(incident.page());

    assertThat(steps.endedAt(incident.page(), INCIDENT_MANAGERS_PAGED)).isTrue();
    List<MailServer.Mail> mails = MailServer.about(incident.number());
    assertThat(mails).filteredOn(m -> m.subject().contains("On-call page / 值班呼叫")).flatMap(MailServer.Mail::to)
        .containsExactlyInAnyOrder(TEAM + "@opsflow.example", "demo@opsflow.example", "ops-admin@opsflow.example");
    assertThat(mails).filteredOn(m -> m.subject().contains("On-call page not acknowledged / 值班呼叫无人确认"))
        .singleElement().satisfies(m -> assertThat(m.to()).contains("incident-manager@opsflow.example"));
  }

  @Test
  void aPersonTakingTheTaskAcknowledgesThePage() {
    Incident incident = incident("P1", MONDAY_10PM);
    assertThat(paged(incident)).as("at night: demo is on duty").containsExactly("demo");

    steps.as("demo", () -> { // "Claim" in Tasklist
      tasks.claim(tierTask(incident).getId(), "demo");
      return null;
    });

    assertThat(steps.endedAt(incident.page(), PAGE_ACKNOWLEDGED)).isTrue();
    assertThat(steps.historicVariable(incident.page(), PagingVariables.ACKNOWLEDGED_BY)).isEqualTo("demo");
    assertThat(tierTask(incident).getAssignee()).isEqualTo("demo");
  }

  @Test
  void resolvingTheIncidentAcknowledgesThePage() {
    Incident incident = incident("P2", MONDAY_10AM);

    steps.as(TEAM, () -> {
      steps.complete(incident.id(), IncidentIds.RESOLVE_AT_TIER, IncidentVariables.ESCALATE.name(), false,
          IncidentVariables.RESOLUTION_NOTES.name(), "Restarted the print spooler",
          IncidentVariables.FAULT_CAUSE.name(), "Spooler hung on a corrupt job",
          IncidentVariables.PREVENTIVE_MEASURES.name(), "Spooler watchdog");
      return null;
    });

    assertThat(steps.endedAt(incident.page(), PAGE_ACKNOWLEDGED)).isTrue();
    assertThat(steps.historicVariable(incident.page(), PagingVariables.ACKNOWLEDGED_BY)).isEqualTo(TEAM);
  }

  @Test
  void aTaskTakenBeforeThePageGoesOutIsLeftToWhoeverTookIt() {
    Incident incident = incident("P1", MONDAY_10AM, id -> steps.as("demo", () -> {
      tasks.claim(steps.task(id, IncidentIds.RESOLVE_AT_TIER).getId(), "demo");
      return null;
    }));

    assertThat(steps.endedAt(incident.page(), TAKEN_MEANWHILE)).isTrue();
    assertThat(tierTask(incident).getAssignee()).as("not taken from demo").isEqualTo("demo");
    assertThat(MailServer.about(incident.number())).as("nobody paged").isEmpty();
  }

  @Test
  void aP3InBusinessHoursPagesNobodyButOutsideThemItDoes() {
    Incident daytime = incident("P3", MONDAY_10AM);

    assertThat(steps.endedAt(daytime.page(), NO_PAGE_NEEDED)).isTrue();
    assertThat(tierTask(daytime).getAssignee()).as("the queue takes it").isNull();

    Incident night = incident("P3", MONDAY_10PM);
    assertThat(paged(night)).containsExactly("demo");
  }

  @Test
  void theTeamWithNobodyOnDutyAndNoListPagesTheIncidentManagers() {
    rota.setEscalation(TEAM, List.of());
    Incident incident = incident("P1", OffsetDateTime.parse("2100-06-01T10:00+08:00").toInstant());

    assertThat(steps.endedAt(incident.page(), INCIDENT_MANAGERS_PAGED)).isTrue();
    assertThat(tierTask(incident).getAssignee()).isNull();
    assertThat(paged(incident)).isEmpty();
  }

  // --- helpers --------------------------------------------------------------------------------

  record Incident(String number, String id, String page) {
  }

  /** The candidate users of the incident's tier task: the person paged. */
  private List<String> paged(Incident incident) {
    return tasks.getIdentityLinksForTask(tierTask(incident).getId()).stream()
        .filter(link -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(org.camunda.bpm.engine.task.IdentityLink::getUserId).filter(java.util.Objects::nonNull).toList();
  }

  /** An incident at its first tier task (support-l2-desktop) at that moment, and its page run as far as it goes. */
  private Incident incident(String priority, Instant at) {
    return incident(priority, at, id -> { });
  }

  /** As above, doing what is given to the incident before its page's jobs run. */
  private Incident incident(String priority, Instant at, java.util.function.Consumer<String> beforePage) {
    ClockUtil.setCurrentTime(Date.from(at));
    String number = numbers.next(IncidentIds.PREFIX);
    Date later = Date.from(at.plus(Duration.ofHours(4)));
    String id = steps.startBefore(IncidentIds.PROCESS, number, IncidentIds.RESOLVE_AT_TIER,
        IncidentVariables.INCIDENT_NUMBER.name(), number, IncidentVariables.PRIORITY.name(), priority,
        IncidentVariables.SUMMARY.name(), "Printer queue stuck", IncidentVariables.TIER_GROUP.name(), TEAM,
        IncidentVariables.CURRENT_TIER.name(), Roles.SUPPORT_L2, IncidentVariables.TIER_ENTRIES.name(), 1,
        IncidentVariables.TIER_DUE.name(), later, IncidentVariables.TIER_WARNING_AT.name(), later,
        IncidentVariables.RESOLUTION_DUE.name(), later);
    ProcessInstance page = runtime.createProcessInstanceQuery().processDefinitionKey(PAGING)
        .variableValueEquals(PagingVariables.INCIDENT_NUMBER.name(), number).singleResult();
    assertThat(page).as("the first tier's task started the page").isNotNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).list())
        .as("a page is no ticket: the number finds the incident only").extracting(ProcessInstance::getId).containsExactly(id);
    coverage.track(page.getId());
    beforePage.accept(id);
    steps.runJobs(page.getId());
    return new Incident(number, id, page.getId());
  }

  private Task tierTask(Incident incident) {
    return steps.task(incident.id(), IncidentIds.RESOLVE_AT_TIER);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
