package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ConfigurationAuditSchedule: one timer job, on the first of the month at 02:00 UTC; firing it starts
 * exactly one configuration audit of every item in service, and the timer waits for the next month.
 */
class ConfigurationAuditScheduleTest extends OpsFlowTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(SCHEDULE);

  @Test
  void theMonthlyTimerStartsOneAuditOfEverything() {
    ManagementService management = engine.getManagementService();
    List<Job> timers = management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(MONTHLY_DUE).list();
    assertThat(timers).as("one timer however many nodes run").hasSize(1);
    assertThat(timers.get(0).getDuedate().toInstant().atZone(java.time.ZoneOffset.UTC))
        .satisfies(due -> assertThat(List.of(due.getDayOfMonth(), due.getHour(), due.getMinute())).containsExactly(1, 2, 0));
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SCHEDULE)
        .latestVersion().singleResult().getId()).isEqualTo(timers.get(0).getProcessDefinitionId());
    List<String> before = audits();

    ClockUtil.setCurrentTime(timers.get(0).getDuedate()); // the first of next month, 02:00 UTC
    try {
      management.executeJob(timers.get(0).getId());
    } finally {
      ClockUtil.reset();
    }
    String schedule = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(SCHEDULE)
        .orderByProcessInstanceStartTime().desc().list().get(0).getId();
    coverage.track(schedule);
    new ProcessSteps(engine).runJobs(schedule);

    assertThat(new ProcessSteps(engine).endedAt(schedule, AUDIT_STARTED)).isTrue();
    List<String> started = audits().stream().filter(id -> !before.contains(id)).toList();
    assertThat(started).as("exactly one audit").hasSize(1);
    assertThat(runtime.getVariables(started.get(0))).doesNotContainKeys("scopeType", "scopeService", "scopeCriticality");
    List<Job> next = management.createJobQuery().processDefinitionKey(SCHEDULE).timers().activityId(MONTHLY_DUE).list();
    assertThat(next).hasSize(1);
    assertThat(next.get(0).getDuedate()).isAfter(timers.get(0).getDuedate());
    // the audit of everything in the shared database is not this test's to decide
    runtime.deleteProcessInstance(started.get(0), "test done");
  }

  private List<String> audits() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).list().stream()
        .map(HistoricProcessInstance::getId).toList();
  }
}
