package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static io.opsflow.configuration.ConfigurationAuditVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ConfigurationAudit: a service's items compared with what a discovery agent saw; a difference an
 * approved change explains goes straight to the configuration manager, any other is flagged to the
 * change managers first; the manager corrects the CMDB (audited under the CAU number), raises a change
 * or accepts with a reason; the report is kept. Items not recorded and inspection drift in an audit
 * of everything; an audit that finds nothing is reported too.
 */
class ConfigurationAuditProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Autowired
  Cmdb cmdb;
  @Autowired
  ConfigurationAuditRecords records;

  private ProcessSteps steps;

  @BeforeEach
  void setUp() {
    steps = new ProcessSteps(engine);
  }

  @Test
  void eachDiscrepancyOfAServiceIsDecidedAndTheReportKept() {
    String server = TestItems.create(cmdb, "cau-server", "server", "high", "{\"os\":\"RHEL 8\",\"cpus\":8}");
    String app = TestItems.create(cmdb, "cau-app", "application", "high");
    String other = TestItems.create(cmdb, "cau-other", "database", "low");
    String service = TestItems.create(cmdb, "cau-shop", "service", "high");
    Cmdb.Author test = new Cmdb.Author("test", null);
    cmdb.relate(service, "depends-on", app, test);
    cmdb.relate(app, "runs-on", server, test);
    approvedChange(server);
    Instant seen = Instant.now().plusSeconds(1);
    records.observed(server, seen, "discovery-agent", "discovery-script", true, "server", "{\"os\":\"RHEL 9\",\"cpus\":8}", null);
    records.observed(app, seen, "discovery-agent", "discovery-script", false, null, null, null);
    records.observed(service, seen, "config-manager", "auditor's check", true, null, null,
        List.of("depends-on " + app, "depends-on " + other));

    String audit = start(SCOPE_SERVICE.name(), service);
    String number = (String) steps.variable(audit, AUDIT_NUMBER.name());
    assertThat(number).matches("CAU-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(audit).singleResult().getBusinessKey()).isEqualTo(number);
    ConfigurationAuditRecords.Audit report = records.find(number).orElseThrow();
    assertThat(report.itemsCompared()).as("the service, the application, the server").isEqualTo(3);
    assertThat(report.discrepancies()).extracting(ConfigurationAuditRecords.Discrepancy::ciId,
            ConfigurationAuditRecords.Discrepancy::kind, ConfigurationAuditRecords.Discrepancy::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(app, ITEM_MISSING, "item"),
            org.assertj.core.groups.Tuple.tuple(service, RELATION_WRONG, "relation"),
            org.assertj.core.groups.Tuple.tuple(server, ATTRIBUTE_DIFFERS, "attributes.os"));

    List<Task> decisions = tasks.createTaskQuery().processInstanceId(audit).taskDefinitionKey(DECIDE).list();
    assertThat(decisions).hasSize(3).allSatisfy(t -> assertThat(steps.candidateGroups(t)).containsExactly("config-manager"));
    assertThat(decisions).extracting(Task::getName).containsOnly("Decide on discrepancy / 决定差异处理方式");
    assertThat(records.find(number).orElseThrow().discrepancies()).filteredOn(d -> d.ciId().equals(server))
        .extracting(ConfigurationAuditRecords.Discrepancy::explainedBy).singleElement().asString().startsWith("CHG-2097-");
    assertThat(MailServer.about(number)).as("only the unexplained ones are flagged").hasSize(2)
        .allSatisfy(mail -> assertThat(mail.subject()).contains("Unauthorised change found / 发现未经授权的变更"))
        .anySatisfy(mail -> assertThat(mail.subject()).contains(app))
        .anySatisfy(mail -> assertThat(mail.body()).contains("depends-on " + other, "没有任何已批准的变更"));
    assertThat(MailServer.about(number).get(0).to()).contains("change-manager@opsflow.example");

    Task missing = decision(audit, app);
    assertThatThrownBy(() -> decide(missing, ACCEPT, null)).hasMessageContaining(DECISION_REASON.name());
    decide(missing, ACCEPT, "Decommissioned last week; retired in the next CMDB review");
    decide(decision(audit, server), CORRECT, null);
    decide(decision(audit, service), RAISE_CHANGE, "The shop must not use this database");
    steps.runJobs(audit);

    assertThat(steps.endedAt(audit, REPORTED)).isTrue();
    report = records.find(number).orElseThrow();
    assertThat(report.completedAt()).isNotNull();
    assertThat(report.requestedBy()).isEqualTo("config-manager");
    assertThat(report.discrepancies()).allSatisfy(d -> assertThat(d.decidedBy()).isEqualTo("config-manager"));
    ConfigurationAuditRecords.Discrepancy accepted = byCi(report, app);
    assertThat(accepted.decision()).isEqualTo(ACCEPT);
    assertThat(accepted.reason()).startsWith("Decommissioned");
    assertThat(cmdb.find(app).orElseThrow().retired()).as("accepted: unchanged").isFalse();

    assertThat(byCi(report, server).decision()).isEqualTo(CORRECT);
    assertThat(cmdb.find(server).orElseThrow().attributes()).contains("RHEL 9");
    assertThat(cmdb.audit(server)).filteredOn(a -> a.field().equals("attributes")).last()
        .satisfies(a -> {
          assertThat(a.changeNumber()).as("the audit trail names the audit").isEqualTo(number);
          assertThat(a.changedBy()).isEqualTo("config-manager");
        });

    ConfigurationAuditRecords.Discrepancy changed = byCi(report, service);
    assertThat(changed.decision()).isEqualTo(RAISE_CHANGE);
    assertThat(changed.changeNumber()).matches("CHG-\\d{4}-\\d{6}");
    assertThat(jdbc.sql("SELECT ci_id FROM opsflow_change_ci WHERE change_number = ?").param(changed.changeNumber())
        .query(String.class).list()).containsExactly(service);
    assertThat(jdbc.sql("SELECT summary FROM opsflow_change WHERE change_number = ?").param(changed.changeNumber())
        .query(String.class).single()).contains(number, service);

    Http.Response read = new Http(port).as("change-manager", "demo").get("/api/cmdb/audits/" + number);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("discrepancies")).hasSize(3);
  }

  @Test
  void anAuditOfEverythingListsItemsNotRecordedAndInspectionDrift() {
    String ghost = "cau-ghost-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    String router = TestItems.create(cmdb, "cau-router", "network-device", "medium");
    records.observed(ghost, Instant.now().plusSeconds(1), "discovery-agent", "discovery-script", true, "server",
        "{\"os\":\"Debian 12\"}", null);
    jdbc.sql("UPDATE opsflow_ci SET updated_at = ? WHERE ci_id = ?")
        .params(Timestamp.from(Instant.now().minusSeconds(60)), router).update();
    cmdb.driftFound(router, "INS-2097-000001", "config-unchanged", "running config differs", "ops-engineer");

    String audit = start();
    String number = (String) steps.variable(audit, AUDIT_NUMBER.name());
    ConfigurationAuditRecords.Audit report = records.find(number).orElseThrow();
    assertThat(byCi(report, ghost).kind()).isEqualTo(NOT_RECORDED);
    assertThat(byCi(report, router)).satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ATTRIBUTE_DIFFERS);
      assertThat(d.field()).isEqualTo("configuration");
      assertThat(d.observed()).contains("INS-2097-000001 config-unchanged: running config differs");
    });

    Task unknown = decision(audit, ghost);
    assertThatThrownBy(() -> decide(unknown, RAISE_CHANGE, null)).hasMessageContaining(DECISION.name());
    decide(unknown, CORRECT, null);
    decide(decision(audit, router), CORRECT, null);
    steps.runJobs(audit);

    Cmdb.Item added = cmdb.find(ghost).orElseThrow();
    assertThat(added.type()).isEqualTo("server");
    assertThat(added.attributes()).contains("Debian 12");
    assertThat(cmdb.audit(ghost)).extracting(Cmdb.Audit::changeNumber).containsOnly(number);
    assertThat(cmdb.find(router).orElseThrow().baselineVersion()).as("what the inspection found is the baseline").isEqualTo(2);
    // the other discrepancies of everything in the shared database are not this test's
    runtime.deleteProcessInstance(audit, "test done");
  }

  @Test
  void anAuditThatFindsNothingIsReportedAndABadScopeIsRefused() {
    String service = TestItems.create(cmdb, "cau-quiet", "service", "low");

    String audit = start(SCOPE_SERVICE.name(), service, SCOPE_TYPE.name(), "service", SCOPE_CRITICALITY.name(), "low");

    assertThat(steps.endedAt(audit, REPORTED)).isTrue();
    String number = (String) steps.historicVariable(audit, AUDIT_NUMBER.name());
    assertThat(records.find(number).orElseThrow().discrepancies()).isEmpty();
    assertThatThrownBy(() -> start(SCOPE_SERVICE.name(), "no-such-service")).hasMessageContaining(SCOPE_SERVICE.name());
    assertThatThrownBy(() -> start(SCOPE_TYPE.name(), "printer")).hasMessageContaining(SCOPE_TYPE.name());
  }

  private String start(Object... namesAndValues) {
    String audit = steps.as("config-manager", () -> runtime.startProcessInstanceByKey(PROCESS,
        ProcessSteps.vars(namesAndValues)).getId());
    coverage.track(audit);
    steps.runJobs(audit);
    return audit;
  }

  private Task decision(String audit, String ci) {
    return tasks.createTaskQuery().processInstanceId(audit).taskDefinitionKey(DECIDE).list().stream()
        .filter(t -> ci.equals(tasks.getVariable(t.getId(), DISCREPANCY_CI.name()))).findFirst().orElseThrow();
  }

  private void decide(Task task, String decision, String reason) {
    java.util.Map<String, Object> variables = new java.util.HashMap<>();
    variables.put(DECISION.name(), decision);
    variables.put(DECISION_REASON.name(), reason);
    steps.as("config-manager", () -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
  }

  private static ConfigurationAuditRecords.Discrepancy byCi(ConfigurationAuditRecords.Audit report, String ci) {
    return report.discrepancies().stream().filter(d -> d.ciId().equals(ci)).findFirst().orElseThrow();
  }

  /** An approved change on the item whose window covers now. */
  private void approvedChange(String ci) {
    String number = "CHG-2097-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    Instant now = Instant.now();
    jdbc.sql("""
            INSERT INTO opsflow_change (change_number, summary, status, approval_path, planned_start, planned_end, recorded_at)
            VALUES (?, 'Upgrade the OS', 'SCHEDULED', 'cab', ?, ?, ?)""")
        .params(number, Timestamp.from(now.minusSeconds(3600)), Timestamp.from(now.plusSeconds(3600)), Timestamp.from(now))
        .update();
    jdbc.sql("INSERT INTO opsflow_change_ci (change_number, ci_id) VALUES (?, ?)").params(number, ci).update();
    jdbc.sql("INSERT INTO opsflow_change_event (change_number, occurred_at, phase) VALUES (?, ?, 'APPROVED')")
        .params(number, Timestamp.from(now)).update();
  }
}
