package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Await;
import io.opsflow.OpsFlowTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monitoring round trip with the real counterpart: Debian's Prometheus Alertmanager receives
 * alerts as Prometheus sends them (only alertname, instance, severity and mount labels, no
 * annotations), groups them and posts its webhook to OpsFlow, which opens, notes, resolves and
 * reopens incidents from what arrives.
 */
@OpsFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertmanagerRoundTripTest extends OpsFlowTestBase {

  @Autowired
  IncidentRecords records;

  IncidentSteps incidents;
  RealAlertmanager alertmanager;
  final String host = "web-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void startAlertmanager() throws Exception {
    incidents = new IncidentSteps(engine);
    alertmanager = RealAlertmanager.sendingTo(port);
  }

  @AfterAll
  void stopAlertmanager() {
    if (alertmanager != null) {
      alertmanager.close();
    }
  }

  @Test
  void oneIncidentPerGroupNotedResolvedAndReopenedAsTheAlertsComeAndGo() {
    List<Map<String, String>> disks = List.of(disk(1, "/"), disk(1, "/var"));
    List<Map<String, String>> cpu = List.of(Map.of("alertname", "HostHighCpuLoad", "instance", instance(2),
        "severity", "critical"));
    List<Map<String, String>> probe = List.of(Map.of("alertname", "BlackboxProbeFailed", "instance", instance(3),
        "severity", "critical", "job", "blackbox"));

    alertmanager.fire(concat(disks, cpu, probe));
    String diskIncident = awaitIncidentOf(1);
    String cpuIncident = awaitIncidentOf(2);
    String probeIncident = awaitIncidentOf(3);
    assertThat(records.find(diskIncident).orElseThrow())
        .satisfies(i -> assertThat(i.summary()).isEqualTo("NodeFilesystemAlmostFull on " + instance(1)))
        .satisfies(i -> assertThat(i.category()).isEqualTo("hardware"))
        .satisfies(i -> assertThat(i.priority()).isEqualTo("P3"));
    assertThat(records.find(cpuIncident).orElseThrow().priority()).as("critical → P1").isEqualTo("P1");
    assertThat(records.find(probeIncident).orElseThrow().category()).isEqualTo("network");

    // Prometheus keeps sending, and a third filesystem fills up: one incident still, with a note
    alertmanager.fire(concat(disks, List.of(disk(1, "/home"))));
    Await.until(() -> records.events(diskIncident).stream()
        .anyMatch(e -> e.note() != null && e.note().startsWith("New alert in the group")));

    // every alert of the disk group ends: its incident is resolved automatically
    alertmanager.resolve(concat(disks, List.of(disk(1, "/home"))));
    Await.until(() -> tasks.createTaskQuery().processInstanceBusinessKey(diskIncident)
        .taskDefinitionKey(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).count() == 0);
    incidents.runJobs(diskIncident);
    assertThat(status(diskIncident)).isEqualTo("RESOLVED");
    assertThat(records.find(diskIncident).orElseThrow().resolutionNotes()).isEqualTo(AlertIntake.AUTO_RESOLUTION);

    // it flaps: firing again before the resolution was confirmed reopens the same incident
    alertmanager.fire(disks);
    Await.until(() -> tasks.createTaskQuery().processInstanceBusinessKey(diskIncident)
        .taskDefinitionKey(IncidentIds.CONFIRM_RESOLUTION).count() == 0);
    incidents.runJobs(diskIncident);
    assertThat(status(diskIncident)).isEqualTo("IN_PROGRESS");
    assertThat(records.phases(diskIncident)).contains("REOPENED");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(diskIncident)
        .taskDefinitionKey(IncidentIds.RESOLVE_AT_TIER).count()).isEqualTo(1);

    assertThat(incidentsOf(1)).containsExactly(diskIncident);
    assertThat(incidentsOf(2)).containsExactly(cpuIncident);
    assertThat(incidentsOf(3)).containsExactly(probeIncident);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_inbox WHERE group_key LIKE ? AND failed_at IS NOT NULL")
        .param("%" + host + "%").query(Integer.class).single()).as("nothing given up").isZero();
  }

  private Map<String, String> disk(int n, String mount) {
    return Map.of("alertname", "NodeFilesystemAlmostFull", "instance", instance(n), "severity", "warning",
        "mount", mount);
  }

  private String instance(int n) {
    return host + "-" + n + ":9100";
  }

  @SafeVarargs
  private static List<Map<String, String>> concat(List<Map<String, String>>... lists) {
    return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
  }

  private List<String> incidentsOf(int n) {
    return jdbc.sql("SELECT incident_number FROM opsflow_alert_group WHERE group_key LIKE ?")
        .param("%instance=\"" + instance(n) + "\"%").query(String.class).list();
  }

  private String awaitIncidentOf(int n) {
    String number;
    try {
      number = Await.value(() -> incidentsOf(n).stream().findFirst().orElse(null));
    } catch (AssertionError e) {
      throw new AssertionError("no incident for " + instance(n) + "; Alertmanager said:\n" + alertmanager.log(), e);
    }
    Await.until(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 1);
    incidents.runJobs(number);
    return number;
  }

  private String status(String number) {
    return records.find(number).map(IncidentRecords.Incident::status).orElse(null);
  }
}
