package io.opsflow.securityassessment;

import static io.opsflow.securityassessment.SecurityAssessmentIds.*;
import static io.opsflow.securityassessment.SecurityAssessmentVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.configuration.Cmdb;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SecurityAssessment: requested on demand, assessed with findings refused naming
 * {@code findings[i].field}, each finding rated by SecurityRisk and then remediated through a change
 * and re-tested (a failed re-test goes back to the treatment) or its risk accepted with a reason and
 * an expiry; an overdue finding escalates; the report ends it; the quarterly timer opens one
 * assessment a quarter however often it fires.
 */
class SecurityAssessmentProcessTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);
  @RegisterExtension
  static FlowNodeCoverage scheduleCoverage = new FlowNodeCoverage(SCHEDULE);

  @Autowired
  Cmdb cmdb;
  @Autowired
  SecurityAssessmentRecords records;

  private ProcessSteps steps;
  private ManagementService management;
  private String web;
  private String db;

  @BeforeEach
  void setUp() {
    steps = new ProcessSteps(engine);
    management = engine.getManagementService();
    long suffix = System.nanoTime() % 1_000_000_000L;
    web = "sec-web-" + suffix;
    db = "sec-db-" + suffix;
    Cmdb.Author tester = new Cmdb.Author("security-test", null);
    cmdb.create(web, new Cmdb.Fields("Web shop " + suffix, "application", "ops-engineer", "high", "production", null),
        tester);
    cmdb.create(db, new Cmdb.Fields("Report database " + suffix, "database", "ops-engineer", "low", "production", null),
        tester);
  }

  @Test
  void eachFindingIsRatedThenFixedThroughAChangeAndReTestedOrItsRiskAccepted() {
    String pid = request();
    String number = (String) steps.variable(pid, ASSESSMENT_NUMBER.name());
    assertThat(number).matches("SEC-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .isEqualTo(number);
    assertThat(steps.candidateGroups(steps.task(pid, CARRY_OUT))).containsExactly("security-officer");

    assertThatThrownBy(() -> assess(pid, finding("No score", web, null, null, "internet")))
        .hasMessageContaining("findings[0].rating");
    assertThatThrownBy(() -> assess(pid, finding("Fine", web, 5.0, null, "internet"),
        finding("Too high", web, 11.0, null, "internet")))
        .hasMessageContaining("findings[1].cvssScore");
    assertThatThrownBy(() -> assess(pid, finding("Nowhere", "no-such-ci", 5.0, null, "internet")))
        .hasMessageContaining("findings[0].ci");
    assertThatThrownBy(() -> assess(pid, finding("Exposed?", web, 5.0, null, "dmz")))
        .hasMessageContaining("findings[0].exposure");

    assess(pid, finding("SQL injection in search", web, 9.8, null, "internet"),
        finding("Weak TLS ciphers", db, null, "low", "internal"));

    assertThat(records.findings(number)).extracting(SecurityAssessmentRecords.Finding::title,
            SecurityAssessmentRecords.Finding::riskLevel)
        .containsExactly(tuple("SQL injection in search", "critical"), tuple("Weak TLS ciphers", "low"));
    Instant due = records.finding(number, 1).orElseThrow().dueAt();
    assertThat(Duration.between(Instant.now(), due).toDays()).as("critical: 7 days").isBetween(6L, 7L);
    assertThat(Duration.between(Instant.now(), records.finding(number, 2).orElseThrow().dueAt()).toDays())
        .as("low: 180 days").isBetween(179L, 180L);
    Task sqlTreatment = taskOf(pid, DECIDE_TREATMENT, "1");
    assertThat(steps.candidateGroups(sqlTreatment)).containsExactly("process-owner");
    assertThat(tasks.getVariable(sqlTreatment.getId(), RISK_LEVEL.name())).isEqualTo("critical");

    // the SQL injection: a change, a failed re-test, a second change, fixed
    assertThatThrownBy(() -> complete(pid, DECIDE_TREATMENT, "1", TREATMENT, REMEDIATE_CHOICE, FIX_PLAN, "Bind parameters"))
        .hasMessageContaining(BACKOUT_PLAN.name());
    remediate(pid, "1");
    String firstChange = records.finding(number, 1).orElseThrow().changeNumber();
    assertThat(firstChange).matches("CHG-\\d{4}-\\d{6}");
    assertThat(steps.candidateGroups(taskOf(pid, RETEST, "1"))).containsExactly("security-officer");
    assertThat(jdbc.sql("SELECT description FROM opsflow_change WHERE change_number = ?").param(firstChange)
        .query(String.class).single()).contains("Bind the query's parameters", "Critical / 严重")
        .as("the finding's own description stays with the findings' readers").doesNotContain("found by the test");
    complete(pid, RETEST, "1", RETEST_PASSED, false, RETEST_NOTES, "Still injectable through the sort field");
    remediate(pid, "1");
    assertThat(records.finding(number, 1).orElseThrow().changeNumber()).isNotEqualTo(firstChange);
    complete(pid, RETEST, "1", RETEST_PASSED, true, RETEST_NOTES, "No injection found");

    // the weak ciphers: accepted with a reason and an expiry, refused without
    assertThatThrownBy(() -> complete(pid, DECIDE_TREATMENT, "2", TREATMENT, ACCEPT_CHOICE, ACCEPTED_UNTIL, "2099-03-31"))
        .hasMessageContaining(ACCEPTANCE_REASON.name());
    assertThatThrownBy(() -> complete(pid, DECIDE_TREATMENT, "2", TREATMENT, ACCEPT_CHOICE, ACCEPTANCE_REASON,
        "Internal only", ACCEPTED_UNTIL, "2001-01-31")).hasMessageContaining(ACCEPTED_UNTIL.name());
    complete(pid, DECIDE_TREATMENT, "2", TREATMENT, ACCEPT_CHOICE, ACCEPTANCE_REASON,
        "Internal only; the database is replaced in March", ACCEPTED_UNTIL, "2099-03-31");

    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
    assertThat(records.findings(number)).extracting(SecurityAssessmentRecords.Finding::status,
            SecurityAssessmentRecords.Finding::acceptedUntil)
        .containsExactly(tuple("FIXED", null), tuple("ACCEPTED", LocalDate.parse("2099-03-31")));
    assertThat(records.finding(number, 1).orElseThrow().retestNotes()).isEqualTo("No injection found");
    assertThat(records.find(number).orElseThrow().reportedAt()).isNotNull();
    assertThat(MailServer.about(number)).extracting(MailServer.Mail::subject)
        .anySatisfy(s -> assertThat(s).contains("Security assessment reported / 安全评估报告"));
    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("安全评估报告")).singleElement()
        .satisfies(m -> assertThat(m.body()).contains("Penetration test / 渗透测试",
            "1. SQL injection in search (" + web + "): risk / 风险 Critical / 严重, fixed / 已修复",
            "2. Weak TLS ciphers (" + db + "): risk / 风险 Low / 低, risk accepted / 风险已接受"));
  }

  @Test
  void anAssessmentWithoutFindingsIsReportedAtOnce() {
    String pid = request();
    assess(pid);
    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
  }

  @Test
  void aFindingPastItsDueDateEscalatesToTheProcessOwnersAndOpsAdminsAndStaysOpen() {
    String pid = request();
    String number = (String) steps.variable(pid, ASSESSMENT_NUMBER.name());
    assess(pid, finding("Default admin password", web, null, "critical", "internet"));

    steps.fireTimer(pid, OVERDUE);

    assertThat(MailServer.about(number)).filteredOn(m -> m.subject().contains("Security finding overdue / 安全发现项整改逾期"))
        .hasSize(1).first().satisfies(m -> assertThat(m.body()).contains("Default admin password", "Critical / 严重"));
    assertThat(records.finding(number, 1).orElseThrow().escalatedAt()).isNotNull();
    assertThat(steps.waitingAt(pid)).contains(DECIDE_TREATMENT);
    complete(pid, DECIDE_TREATMENT, "1", TREATMENT, ACCEPT_CHOICE, ACCEPTANCE_REASON, "Compensating control in place",
        ACCEPTED_UNTIL, "2099-01-31");
    assertThat(steps.endedAt(pid, REPORTED)).isTrue();
  }

  @Test
  void theQuarterlyScheduleStartsOneScanOfEveryItemInServiceAQuarter() {
    jdbc.sql("DELETE FROM opsflow_security_finding WHERE assessment_number IN (SELECT assessment_number FROM "
        + "opsflow_security_assessment WHERE scheduled_quarter = '2097-Q2')").update();
    jdbc.sql("DELETE FROM opsflow_security_assessment WHERE scheduled_quarter = '2097-Q2'").update();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2097-04-01T01:00:00Z")));

    String first = fireQuarter();
    String second = fireQuarter();

    assertThat(steps.endedAt(first, ASSESSMENT_STARTED)).isTrue();
    assertThat(steps.endedAt(second, QUARTER_ASSESSED_ALREADY)).as("the same quarter again").isTrue();
    List<String> numbers = jdbc.sql("SELECT assessment_number FROM opsflow_security_assessment "
        + "WHERE scheduled_quarter = '2097-Q2'").query(String.class).list();
    assertThat(numbers).hasSize(1);
    String assessment = runtime.createProcessInstanceQuery().processInstanceBusinessKey(numbers.get(0))
        .processDefinitionKey(PROCESS).singleResult().getId();
    coverage.track(assessment);
    assertThat(steps.waitingAt(assessment)).containsExactly(CARRY_OUT);
    SecurityAssessmentRecords.Assessment kept = records.find(numbers.get(0)).orElseThrow();
    assertThat(kept.method()).isEqualTo("vulnerability-scan");
    assertThat(kept.scopeCis()).contains(web, db);

    // a start racing the first (another node's retry) finds the quarter started and starts nothing
    long assessments = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    String late = runtime.createProcessInstanceByKey(SCHEDULE).startBeforeActivity(START_QUARTER_ASSESSMENT)
        .setVariables(ProcessSteps.vars(SCHEDULED_QUARTER, "2097-Q2")).execute().getId();
    steps.runJobs(late);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(assessments);
    runtime.deleteProcessInstance(assessment, "test done");
  }

  // --- helpers --------------------------------------------------------------------------------

  private String request() {
    String pid = runtime.createProcessInstanceByKey(PROCESS).setVariables(ProcessSteps.vars(SCOPE_CIS, List.of(web, db),
        METHOD, "penetration-test", VENDOR, "Acme Security")).execute().getId();
    coverage.track(pid);
    return pid;
  }

  /** Completes the assessment with these findings. */
  @SafeVarargs
  private void assess(String pid, Map<String, Object>... findings) {
    steps.complete(pid, CARRY_OUT, ASSESSMENT_SUMMARY, "Tested from outside and inside", FINDINGS, List.of(findings));
  }

  private static Map<String, Object> finding(String title, String ci, Double cvss, String rating, String exposure) {
    Map<String, Object> row = new HashMap<>();
    row.put("title", title);
    row.put("ci", ci);
    row.put("cvssScore", cvss);
    row.put("rating", rating);
    row.put("exposure", exposure);
    row.put("description", title + " found by the test");
    return row;
  }

  private void remediate(String pid, String findingNo) {
    complete(pid, DECIDE_TREATMENT, findingNo, TREATMENT, REMEDIATE_CHOICE, FIX_PLAN, "Bind the query's parameters",
        BACKOUT_PLAN, "Redeploy the previous release");
  }

  /** The open task at that key of the branch treating that finding. */
  private Task taskOf(String pid, String taskKey, String findingNo) {
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).list().stream()
        .filter(task -> findingNo.equals(tasks.getVariable(task.getId(), FINDING_NO.name()))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + taskKey + " for finding " + findingNo));
  }

  private void complete(String pid, String taskKey, String findingNo, Object... namesAndValues) {
    tasks.complete(taskOf(pid, taskKey, findingNo).getId(), ProcessSteps.vars(namesAndValues));
    steps.runJobs(pid);
  }

  /** Executes the schedule's quarterly timer at the engine's clock; answers the schedule's instance. */
  private String fireQuarter() {
    Job timer = management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(QUARTER_BEGINS)
        .singleResult();
    assertThat(timer).as("the quarterly timer").isNotNull();
    java.util.Set<String> before = scheduleInstances();
    management.executeJob(timer.getId());
    java.util.Set<String> after = scheduleInstances();
    after.removeAll(before);
    assertThat(after).as("one check started").hasSize(1);
    String started = after.iterator().next();
    scheduleCoverage.track(started);
    steps.runJobs(started);
    return started;
  }

  private java.util.Set<String> scheduleInstances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE).list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId)
        .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
  }
}
