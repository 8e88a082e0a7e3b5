package io.opsflow.configuration;

import static io.opsflow.configuration.ConfigurationAuditIds.*;
import static io.opsflow.configuration.ConfigurationAuditVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.Tasklist;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A discrepancy decided in Tasklist as the configuration manager meets it in a Chinese browser: the
 * discrepancy read, "accept" chosen, the reason asked for at its field and given.
 */
class ConfigurationAuditBrowserTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;
  @Autowired
  ConfigurationAuditRecords records;

  @Test
  void theConfigurationManagerAcceptsADiscrepancyInChinese() {
    ProcessSteps steps = new ProcessSteps(engine);
    String service = TestItems.create(cmdb, "cau-zh-shop", "service", "medium");
    records.observed(service, Instant.now().plusSeconds(1), "discovery-agent", "discovery-script", false, null, null, null);
    String audit = steps.as("config-manager", () -> runtime.startProcessInstanceByKey(PROCESS,
        ProcessSteps.vars(SCOPE_SERVICE.name(), service)).getId());
    steps.runJobs(audit);
    String number = (String) steps.variable(audit, AUDIT_NUMBER.name());

    Tasklist.work(port, "zh-CN", engine, "config-manager", audit, DECIDE, browser -> {
      assertThat(browser.text()).contains("配置审计", "差异", "处理决定", "更正配置管理数据库", "提出变更", "接受差异并说明理由")
          .doesNotContain("Raise a change");
      assertThat(browser.waitFor(Tasklist.field("DiscrepancyText", "textarea")).getDomProperty("value"))
          .contains(service, "配置项缺失");
      Tasklist.pick(browser, "Decision", "接受差异并说明理由");
      Tasklist.type(browser, Tasklist.field("DecisionReason", "textarea"), "该服务已计划下线,下次评审时退役。");
    });

    assertThat(steps.endedAt(audit, REPORTED)).isTrue();
    ConfigurationAuditRecords.Discrepancy decided = records.find(number).orElseThrow().discrepancies().get(0);
    assertThat(decided.decision()).isEqualTo(ACCEPT);
    assertThat(decided.reason()).isEqualTo("该服务已计划下线,下次评审时退役。");
    assertThat(decided.decidedBy()).isEqualTo("config-manager");
  }
}
