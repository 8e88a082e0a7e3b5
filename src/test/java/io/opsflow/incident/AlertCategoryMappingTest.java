package io.opsflow.incident;

import static io.opsflow.DecisionTables.assertKeepsHistorySevenYears;
import static io.opsflow.DecisionTables.evaluate;
import static io.opsflow.DecisionTables.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AlertCategoryMapping rule by rule, with alert names as the common Prometheus rule sets (node
 * exporter, blackbox exporter, kube-prometheus, the database exporters) name them.
 */
class AlertCategoryMappingTest {

  private static final DmnDecision MAPPING = parse("AlertCategoryMapping");

  @ParameterizedTest(name = "{0} (job {1}) → {2}")
  @CsvSource(nullValues = "none", textBlock = """
      # alertname,                     job,               category
      PostgresqlDown,                    postgres-exporter, database
      MySQLReplicationLag,               none,              database
      RedisMemoryHigh,                   none,              database
      TargetDown,                        postgres,          database
      SSLCertificateExpiringSoon,        blackbox,          security
      TooManyFailedLogins,               none,              security
      BlackboxProbeFailed,               blackbox,          network
      NodeNetworkReceiveErrs,            node,              network
      HttpErrorRateHigh,                 none,              network
      InstanceDown,                      blackbox,          network
      NodeFilesystemAlmostFull,          node,              hardware
      HostHighCpuLoad,                   none,              hardware
      NodeMemoryHighUtilization,         none,              hardware
      TargetDown,                        node,              hardware
      KubePodCrashLooping,               kube-state-metrics, software
      JvmOutOfMemory,                    none,              software
      Watchdog,                          none,              other
      TargetDown,                        none,              other
      none,                              none,              other
      """)
  void alertNamesAndJobsMapToTheirCategory(String alertname, String job, String category) {
    assertThat(category(alertname, job)).isEqualTo(category);
  }

  @Test
  void caseDoesNotMatter() {
    assertThat(category("POSTGRESQLDOWN", "")).isEqualTo("database");
    assertThat(category("nodefilesystemalmostfull", "")).isEqualTo("hardware");
  }

  @Test
  void keepsHistorySevenYears() {
    assertKeepsHistorySevenYears("AlertCategoryMapping");
  }

  private static Object category(String alertname, String job) {
    return evaluate(MAPPING, Variables.createVariables().putValue("alertname", alertname == null ? "" : alertname)
        .putValue("job", job == null ? "" : job)).get(IncidentVariables.CATEGORY.name());
  }
}
