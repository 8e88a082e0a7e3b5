package io.opsflow.servicerequest;

import static io.opsflow.servicerequest.ServiceRequestIds.*;
import static io.opsflow.servicerequest.ServiceRequestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.change.ChangeIds;
import io.opsflow.change.ChangeVariables;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import io.opsflow.identity.Roles;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ServiceRequest, path by path, on the real application: without approval, with the line manager's,
 * the owner's, both in turn and the security officers', rejected, reminded and escalated when no
 * approver answers, routed by item and CI, fulfilled under its SLA, sent back when not fulfilled,
 * confirmed or closed without an answer. Every flow node is reached.
 */
class ServiceRequestTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  static final String MANAGER = "project-manager";

  @Autowired
  ServiceRequestIntake intake;
  @Autowired
  ServiceRequestRecords records;
  @Autowired
  Cmdb cmdb;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  record Opened(String number, String pid) {
  }

  Opened open(String item, String summary, Object... itemFields) {
    Map<String, Object> fields = ProcessSteps.vars(itemFields);
    ServiceRequestRequest request = new ServiceRequestRequest(item, summary, null, (String) fields.get("urgency"),
        null, (String) fields.get(LINE_MANAGER.name()), (String) fields.get(AFFECTED_CI.name()),
        (String) fields.get(TARGET_SYSTEM.name()), (String) fields.get(ACCESS_LEVEL.name()),
        (String) fields.get(HARDWARE_MODEL.name()), (String) fields.get(SOFTWARE_NAME.name()),
        (Integer) fields.get(MAILBOX_SIZE.name()), (String) fields.get(DATABASE_NAME.name()),
        (String) fields.get(RESTORE_POINT.name()), (String) fields.get(REPORT_NAME.name()),
        (String) fields.get(JUSTIFICATION.name()));
    ServiceRequestIntake.Opened opened = steps.as("requester", () -> intake.open(request));
    coverage.track(opened.processInstanceId());
    steps.runJobs(opened.processInstanceId());
    return new Opened(opened.requestNumber(), opened.processInstanceId());
  }

  void fulfilAndConfirm(Opened request, int satisfaction) {
    steps.complete(request.pid(), FULFIL, FULFILMENT_NOTES, "Done as the checklist says");
    assertThat(steps.task(request.pid(), CONFIRM).getAssignee()).as("the requester confirms").isEqualTo("requester");
    steps.complete(request.pid(), CONFIRM, FULFILLED, true, SATISFACTION, satisfaction);
  }

  @Test
  void aPasswordResetNeedsNoApprovalAndIsFulfilledConfirmedAndClosed() {
    Opened request = open("account-password-reset", "Locked out of the CRM", TARGET_SYSTEM, "crm");

    assertThat(request.number()).matches("SRQ-\\d{4}-\\d{6}");
    Task fulfil = steps.task(request.pid(), FULFIL);
    assertThat(steps.candidateGroups(fulfil)).containsExactly(Roles.SERVICE_DESK);
    assertThat(fulfil.getDueDate()).isNotNull();
    assertThat(steps.variable(request.pid(), CHECKLIST)).contains("Reset the password");
    assertThat(records.find(request.number()).orElseThrow().approvalPath()).isEqualTo("none");
    assertThat(records.find(request.number()).orElseThrow().priority()).as("medium urgency").isEqualTo("P3");

    fulfilAndConfirm(request, 5);

    assertThat(MailServer.about(request.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains("requester@opsflow.example");
      assertThat(mail.subject()).contains("fulfilled", "已完成");
      assertThat(mail.body()).contains("Done as the checklist says");
    });
    assertThat(steps.endedAt(request.pid(), CLOSED)).isTrue();
    ServiceRequestRecords.Request ticket = records.find(request.number()).orElseThrow();
    assertThat(ticket.status()).isEqualTo("CLOSED");
    assertThat(ticket.satisfaction()).isEqualTo(5);
    assertThat(records.phases(request.number())).containsSubsequence("REGISTERED", "CLASSIFIED", "DISPATCHED",
        "FULFILLED", "CLOSED");
  }

  @Test
  void theLineManagerApprovesANewAccount() {
    Opened request = open("account-new", "Account for our new colleague", TARGET_SYSTEM, "crm",
        JUSTIFICATION, "Starts on Monday", LINE_MANAGER, MANAGER);

    Task approval = steps.task(request.pid(), APPROVE);
    assertThat(approval.getAssignee()).isEqualTo(MANAGER);
    assertThat(approval.getDueDate()).isNotNull();
    steps.complete(request.pid(), APPROVE, APPROVED, true);

    assertThat(steps.candidateGroups(steps.task(request.pid(), FULFIL))).containsExactly(Roles.SERVICE_DESK);
    assertThat(records.phases(request.number())).contains("APPROVAL_ASKED", "APPROVED");
    fulfilAndConfirm(request, 4);
    assertThat(steps.endedAt(request.pid(), CLOSED)).isTrue();
  }

  @Test
  void privilegedAccessIsApprovedByTheManagerThenByTheOwner() {
    String server = TestItems.create(cmdb, "srv-srq", "server", "low");
    Opened request = open("access-privileged", "Admin rights for the migration", TARGET_SYSTEM, server,
        ACCESS_LEVEL, "admin", JUSTIFICATION, "Data migration this week", LINE_MANAGER, MANAGER, AFFECTED_CI, server);

    assertThat(steps.variable(request.pid(), APPROVAL_PATH)).isEqualTo("manager-then-owner");
    assertThat(steps.task(request.pid(), APPROVE).getAssignee()).isEqualTo(MANAGER);
    steps.complete(request.pid(), APPROVE, APPROVED, true);
    Task owner = steps.task(request.pid(), APPROVE);
    assertThat(owner.getAssignee()).isNull();
    assertThat(steps.candidateGroups(owner)).containsExactly(Roles.SECURITY_OFFICER);
    assertThatThrownBy(() -> tasks.complete(owner.getId(), Map.of()))
        .as("the first step's answer does not answer the second").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("approved");
    steps.complete(request.pid(), APPROVE, APPROVED, true);

    assertThat(steps.candidateGroups(steps.task(request.pid(), FULFIL))).containsExactly(Roles.OPS_ENGINEER);
  }

  @Test
  void accessToAHighCriticalityItemIsApprovedByASecurityOfficer() {
    String app = TestItems.create(cmdb, "app-srq", "application", "high");
    Opened request = open("access-application", "Read access to payroll", TARGET_SYSTEM, app, ACCESS_LEVEL, "read",
        JUSTIFICATION, "Audit", AFFECTED_CI, app);

    assertThat(steps.variable(request.pid(), APPROVAL_PATH)).isEqualTo("security");
    assertThat(steps.candidateGroups(steps.task(request.pid(), APPROVE))).containsExactly(Roles.SECURITY_OFFICER);
  }

  @Test
  void aRejectionTellsTheRequesterWhyAndEndsTheRequest() {
    Opened request = open("account-new", "Account for a contractor", TARGET_SYSTEM, "erp",
        JUSTIFICATION, "Contractor", LINE_MANAGER, MANAGER);

    assertThatThrownBy(() -> tasks.complete(steps.task(request.pid(), APPROVE).getId(), Map.of(APPROVED.name(), false)))
        .as("a rejection says why").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("rejectionReason");
    steps.complete(request.pid(), APPROVE, APPROVED, false, REJECTION_REASON, "Contractors get accounts from their agency");

    assertThat(steps.endedAt(request.pid(), REJECTED)).isTrue();
    assertThat(MailServer.about(request.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains("requester@opsflow.example");
      assertThat(mail.subject()).contains("rejected", "拒绝");
      assertThat(mail.body()).contains("Contractors get accounts from their agency");
    });
    assertThat(records.find(request.number()).orElseThrow().status()).isEqualTo("REJECTED");
  }

  @Test
  void anUnansweredApprovalRemindsTheApproverThenGoesToTheServiceDesk() {
    Opened request = open("software-licence", "Licence for the diagram tool", SOFTWARE_NAME, "Diagrams Pro 3",
        JUSTIFICATION, "Architecture work", LINE_MANAGER, MANAGER);

    steps.fireTimer(request.pid(), APPROVAL_REMINDER);
    assertThat(MailServer.about(request.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains(MANAGER + "@opsflow.example");
      assertThat(mail.subject()).contains("Approval awaited");
    });
    assertThat(steps.candidateGroups(steps.task(request.pid(), APPROVE))).isEmpty();

    steps.fireTimer(request.pid(), APPROVAL_ESCALATION);
    assertThat(steps.candidateGroups(steps.task(request.pid(), APPROVE))).containsExactly(Roles.SERVICE_DESK);
    assertThat(MailServer.about(request.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains("service-desk@opsflow.example");
      assertThat(mail.subject()).contains("Approval overdue");
    });
    assertThat(records.phases(request.number())).contains("APPROVAL_REMINDED", "APPROVAL_ESCALATED");
    steps.complete(request.pid(), APPROVE, APPROVED, true);
    assertThat(steps.waitingAt(request.pid())).contains(FULFIL);
  }

  @Test
  void aRestoreGoesThroughAPreApprovedStandardChangeAndTheDatabaseGroupFinishesIt() {
    String database = TestItems.create(cmdb, "db-srq", "database", "high");
    Opened restore = open("data-restore", "Restore yesterday's orders", DATABASE_NAME, "orders",
        RESTORE_POINT, "2026-01-05T22:00+08:00", JUSTIFICATION, "Wrong batch run", AFFECTED_CI, database);
    steps.complete(restore.pid(), APPROVE, APPROVED, true);

    assertThat(steps.waitingAt(restore.pid())).containsExactly(AWAIT_CHANGE);
    String changeNumber = steps.variable(restore.pid(), CHANGE_NUMBER);
    String change = runtime.createProcessInstanceQuery().processInstanceBusinessKey(changeNumber).singleResult().getId();
    steps.runJobs(change);
    assertThat(steps.waitingAt(change)).as("pre-approved with the catalogue item: no assessment, no CAB, "
        + "though the database is of high criticality").containsExactly(ChangeIds.IMPLEMENT);
    steps.complete(change, ChangeIds.IMPLEMENT, ChangeVariables.IMPLEMENTATION_NOTES, "Restored to 22:00");
    steps.complete(change, ChangeIds.VERIFY, ChangeVariables.VERIFIED, true);
    steps.complete(change, ChangeIds.DECIDE_KNOWLEDGE, ChangeVariables.KNOWLEDGE_ARTICLE_NEEDED, false);

    steps.runJobs(restore.pid());
    assertThat(steps.variable(restore.pid(), CHANGE_SUCCESSFUL)).isTrue();
    assertThat(steps.candidateGroups(steps.task(restore.pid(), FULFIL))).containsExactly(Roles.SUPPORT_L2_DATABASE);
    assertThat(records.phases(restore.number())).contains("STANDARD_CHANGE_REQUESTED");
  }

  @Test
  void aNetworkRuleOnADeviceGoesToTheNetworkGroupAndSoftwareToTheDesktopGroup() {
    String laptop = TestItems.create(cmdb, "srv-srq", "server", "low");
    Opened install = open("software-install", "Install the PDF reader", SOFTWARE_NAME, "PDF reader", AFFECTED_CI, laptop);
    assertThat(steps.candidateGroups(steps.task(install.pid(), FULFIL))).containsExactly(Roles.SUPPORT_L2_DESKTOP);

    String device = TestItems.create(cmdb, "fw-srq", "network-device", "medium");
    Opened vpn = open("network-vpn", "VPN from home", JUSTIFICATION, "Home office", LINE_MANAGER, MANAGER,
        AFFECTED_CI, device);
    steps.complete(vpn.pid(), APPROVE, APPROVED, true);
    assertThat(steps.candidateGroups(steps.task(vpn.pid(), FULFIL))).containsExactly(Roles.SUPPORT_L2_NETWORK);
  }

  @Test
  void notFulfilledGoesBackToTheFulfillingGroup() {
    Opened request = open("hardware-peripheral", "A second monitor", HARDWARE_MODEL, "27 inch");
    steps.complete(request.pid(), FULFIL, FULFILMENT_NOTES, "Monitor delivered");

    assertThatThrownBy(() -> tasks.complete(steps.task(request.pid(), CONFIRM).getId(), Map.of(FULFILLED.name(), true)))
        .as("a confirmation rates it").isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("satisfaction");
    steps.complete(request.pid(), CONFIRM, FULFILLED, false, NOT_FULFILLED_REASON, "The cable is missing");

    Task again = steps.task(request.pid(), FULFIL);
    assertThat(steps.candidateGroups(again)).containsExactly(Roles.SUPPORT_L2_DESKTOP);
    assertThat(records.phases(request.number())).containsSubsequence("FULFILLED", "REOPENED", "DISPATCHED");
    fulfilAndConfirm(request, 3);
    assertThat(records.find(request.number()).orElseThrow().satisfaction()).isEqualTo(3);
  }

  @Test
  void withoutAnAnswerTheRequestClosesUnconfirmed() {
    Opened request = open("mailbox-quota", "More mail space", MAILBOX_SIZE, 20);
    steps.complete(request.pid(), FULFIL, FULFILMENT_NOTES, "Quota raised to 20 GB");

    assertThat(steps.task(request.pid(), CONFIRM).getDueDate()).isNotNull();
    steps.fireTimer(request.pid(), NO_ANSWER);

    assertThat(steps.endedAt(request.pid(), CLOSED)).isTrue();
    assertThat(records.find(request.number()).orElseThrow().status()).isEqualTo("CLOSED_UNCONFIRMED");
  }

  @Test
  void at75PercentTheServiceDeskLeadIsWarnedAndAtTheTargetTheBreachIsRecorded() {
    Opened request = open("data-report", "Monthly sales by region", REPORT_NAME, "Sales by region",
        JUSTIFICATION, "Board meeting", LINE_MANAGER, MANAGER, "urgency", "high");
    steps.complete(request.pid(), APPROVE, APPROVED, true);
    assertThat(steps.timerDue(request.pid(), SLA_WARNING)).isBefore(steps.timerDue(request.pid(), SLA_BREACHED));

    steps.fireTimer(request.pid(), SLA_WARNING);
    assertThat(MailServer.about(request.number())).anySatisfy(mail -> {
      assertThat(mail.to()).contains("service-desk-lead@opsflow.example");
      assertThat(mail.subject()).contains("75 %");
    });
    steps.fireTimer(request.pid(), SLA_BREACHED);

    assertThat(records.find(request.number()).orElseThrow().slaBreached()).isTrue();
    assertThat(steps.waitingAt(request.pid())).as("the group keeps working").contains(FULFIL);
  }

  @Test
  void aStartWithBadInputIsRefusedNamingTheFieldAndNothingIsNumbered() {
    long before = jdbc.sql("SELECT COUNT(*) FROM opsflow_service_request").query(Long.class).single();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, Map.of(SUMMARY.name(), "No item")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("catalogueItem");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        Map.of(CATALOGUE_ITEM.name(), "account-new", SUMMARY.name(), "No system", LINE_MANAGER.name(), MANAGER,
            JUSTIFICATION.name(), "why")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("targetSystem");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        Map.of(CATALOGUE_ITEM.name(), "account-new", SUMMARY.name(), "No manager", TARGET_SYSTEM.name(), "crm",
            JUSTIFICATION.name(), "why")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("lineManager");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS,
        Map.of(CATALOGUE_ITEM.name(), "mailbox-quota", SUMMARY.name(), "Huge", MAILBOX_SIZE.name(), 500)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("mailboxSize");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_service_request").query(Long.class).single()).isEqualTo(before);
  }
}
