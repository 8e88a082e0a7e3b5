package io.opsflow.inspection;

import static io.opsflow.inspection.InspectionIds.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * InspectionStatistics: on the first of the month its timer mails each CMDB owner group last
 * month's figures of its own CIs (per CI and item: readings, anomalies, incidents raised, rounds
 * done late), once per month and group; nothing when nothing the CMDB holds was inspected. Each
 * test counts a month of its own, centuries ahead, that no other test's rounds fall due in.
 */
class InspectionStatisticsTest extends InspectionTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(STATISTICS);

  /** A month no other run inspects in. */
  static YearMonth aMonthOfItsOwn() {
    return YearMonth.of(2300 + ThreadLocalRandom.current().nextInt(700), 1 + ThreadLocalRandom.current().nextInt(12));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachOwnerGroupIsMailedLastMonthsFiguresOfItsOwnCisOnce() {
    YearMonth month = aMonthOfItsOwn();
    InspectionPlans.Plan plan = plan(List.of("app-server-01", "firewall-01", "machine-room-09"));
    Round late = start(plan, dueIn(month, 3));
    steps.fireTimer(late.id(), OVERDUE);
    complete(late, "ops-engineer", rows(late, Map.of(
        "app-server-01 key-services", Map.of("status", "anomaly"),
        "firewall-01 disk-space", Map.of("reading", 97))));
    Round onTime = start(plan, dueIn(month, 4));
    complete(onTime, "ops-engineer", rows(onTime, Map.of()));

    List<String> reached = fire(month.plusMonths(1));

    assertThat(reached).contains(MAIL_STATISTICS).contains(STATISTICS_MAILED);
    List<MailServer.Mail> mails = MailServer.about(month.toString());
    assertThat(mails).hasSize(2).allSatisfy(mail ->
        assertThat(mail.subject()).isEqualTo("Inspection statistics " + month + " / " + month + " 巡检统计"));
    MailServer.Mail engineers = mails.stream().filter(m -> m.to().contains("ops-engineer@opsflow.example")).findFirst()
        .orElseThrow();
    assertThat(engineers.body()).as("the owner of app-server-01: its CI only")
        .contains("Application server 01 (app-server-01)",
            "Key services running / 关键服务运行正常: 2 readings / 读数, 1 anomalies / 异常, 1 incidents / 事件, 1 late / 逾期",
            "Disk space used (%) / 磁盘空间使用率(%): 2 readings / 读数, 0 anomalies / 异常, 0 incidents / 事件, 1 late / 逾期",
            "/inspection-statistics.html?month=" + month)
        .doesNotContain("firewall-01", "machine-room-09");
    MailServer.Mail security = mails.stream().filter(m -> m.to().contains("security-officer@opsflow.example"))
        .findFirst().orElseThrow();
    assertThat(security.body()).contains("Perimeter firewall 01 (firewall-01)",
            "Disk space used (%) / 磁盘空间使用率(%): 2 readings / 读数, 1 anomalies / 异常, 1 incidents / 事件, 1 late / 逾期")
        .doesNotContain("app-server-01");
    assertThat(security.to()).doesNotContain("ops-engineer@opsflow.example");

    fire(month.plusMonths(1));
    assertThat(MailServer.about(month.toString())).as("a second start that month (another node, a retry) mails nothing")
        .hasSize(2);
  }

  @Test
  void aMonthWithoutInspectionsMailsNobody() {
    YearMonth month = aMonthOfItsOwn();

    List<String> reached = fire(month.plusMonths(1));

    assertThat(reached).contains(NO_OWNER).doesNotContain(MAIL_STATISTICS);
    assertThat(MailServer.about(month.toString())).isEmpty();
  }

  @Test
  void theMonthReportedIsTheOneThatEndedLastInTheBusinessZoneWhateverZoneTheTimerFiresIn() {
    YearMonth month = aMonthOfItsOwn();
    Instant shanghaiMidnightPlusOne = month.plusMonths(1).atDay(1).atTime(1, 0).atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant(); // a JVM in Asia/Shanghai: 17:00 UTC on the month's last day

    assertThat(reportedMonth(fire(shanghaiMidnightPlusOne))).isEqualTo(month.toString());
    assertThat(reportedMonth(fire(month.plusMonths(1).atDay(1).atTime(1, 0).toInstant(ZoneOffset.UTC))))
        .as("a JVM in UTC").isEqualTo(month.toString());
  }

  private String reportedMonth(String report) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(report)
        .variableName(InspectionVariables.STATISTICS_MONTH.name()).singleResult().getValue();
  }

  /** Fires the monthly timer on the first of the month at 01:00 UTC, runs what it started, answers where it went. */
  private List<String> fire(YearMonth month) {
    String report = fire(month.atDay(1).atTime(1, 0).toInstant(ZoneOffset.UTC));
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(report).list().stream()
        .map(a -> a.getActivityId()).toList();
  }

  /** Fires the monthly timer at this time, runs what it started, answers the report's instance. */
  private String fire(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
    List<String> before = reports();
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processDefinitionKey(STATISTICS).timers().activityId(STATISTICS_DUE).singleResult().getId());
    String report = reports().stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    coverage.track(report);
    steps.runJobs(report);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(report).count()).as("ended").isZero();
    return report;
  }

  private List<String> reports() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(STATISTICS).list()
        .stream().map(HistoricProcessInstance::getId).toList();
  }

  static Instant dueIn(YearMonth month, int day) {
    return month.atDay(day).atTime(1, 0).toInstant(ZoneOffset.UTC);
  }
}
