package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * How fast alerts become incidents through the real Alertmanager, beside the same alerts posted
 * straight to OpsFlow's receiver in the same run (the baseline: what OpsFlow itself takes). Not a
 * test: it prints figures and is skipped unless asked for:
 * {@code ./mvnw test -Dtest=AlertmanagerRoundTripBenchmark -Dbenchmark=true [-Dbenchmark.groups=100 -Dbenchmark.alerts-per-group=10]}.
 * "Opened" is an incident started and numbered (the tests' job executor is paused, so its
 * registration job waits).
 */
@OpsFlowTest
class AlertmanagerRoundTripBenchmark extends OpsFlowTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void alertsAndIncidentsPerSecond() throws Exception {
    assumeTrue(Boolean.getBoolean("benchmark"), "a benchmark: run with -Dbenchmark=true");
    int groups = Integer.getInteger("benchmark.groups", 100);
    int perGroup = Integer.getInteger("benchmark.alerts-per-group", 10);

    String direct = "direct-" + UUID.randomUUID().toString().substring(0, 8);
    Http receiver = new Http(port).as("alertmanager", "demo");
    long start = System.nanoTime();
    for (int g = 0; g < groups; g++) {
      receiver.post("/api/alerts/alertmanager", notification(direct, g, perGroup));
    }
    double directAccepted = groups * perGroup / seconds(start);
    awaitIncidents(direct, groups);
    double directOpened = groups / seconds(start);

    String routed = "routed-" + UUID.randomUUID().toString().substring(0, 8);
    try (RealAlertmanager alertmanager = RealAlertmanager.sendingTo(port)) {
      start = System.nanoTime();
      for (int g = 0; g < groups; g++) {
        int group = g;
        alertmanager.fire(IntStream.range(0, perGroup).mapToObj(a -> labels(routed, group, a)).toList());
      }
      while (receivedAlerts(routed) < groups * perGroup) {
        Thread.sleep(20);
      }
      double routedAccepted = groups * perGroup / seconds(start);
      awaitIncidents(routed, groups);
      double routedOpened = groups / seconds(start);

      System.out.printf("%nBENCHMARK %d alerts in %d groups (Alertmanager groups after group_wait 1s)%n"
              + "  %-44s %12s %12s%n  %-44s %12.1f %12.1f%n  %-44s %12.1f %12.1f%n",
          groups * perGroup, groups, "", "alerts/s", "incidents/s",
          "straight to /api/alerts/alertmanager (baseline)", directAccepted, directOpened,
          "through the real Alertmanager", routedAccepted, routedOpened);
    }
  }

  private static Map<String, String> labels(String run, int group, int alert) {
    return Map.of("alertname", "NodeFilesystemAlmostFull", "instance", run + "-" + group + ":9100",
        "severity", "warning", "mount", "/data" + alert);
  }

  /** One notification for the group as Alertmanager 0.25 sends it (see alertmanager/recorded/firing.json). */
  private static String notification(String run, int group, int perGroup) throws Exception {
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (int a = 0; a < perGroup; a++) {
      alerts.add(Map.of("status", "firing", "labels", labels(run, group, a), "annotations", Map.of(),
          "startsAt", java.time.Instant.now().toString(), "endsAt", "0001-01-01T00:00:00Z",
          "fingerprint", run + "-" + group + "-" + a));
    }
    String instance = run + "-" + group + ":9100";
    return JSON.writeValueAsString(Map.of("version", "4", "status", "firing", "receiver", "opsflow",
        "groupKey", "{}:{alertname=\"NodeFilesystemAlmostFull\", instance=\"" + instance + "\"}",
        "groupLabels", Map.of("alertname", "NodeFilesystemAlmostFull", "instance", instance),
        "commonLabels", Map.of("alertname", "NodeFilesystemAlmostFull", "instance", instance, "severity", "warning"),
        "commonAnnotations", Map.of(), "alerts", alerts));
  }

  /** Alerts OpsFlow's receiver has taken in for the run (the last notification of each group holds them all). */
  private int receivedAlerts(String run) throws Exception {
    int alerts = 0;
    for (String payload : jdbc.sql("""
            SELECT payload FROM opsflow_alert_inbox i WHERE group_key LIKE ?
            AND id = (SELECT MAX(id) FROM opsflow_alert_inbox o WHERE o.group_key = i.group_key)""")
        .param("%" + run + "-%").query(String.class).list()) {
      alerts += JSON.readTree(payload).get("alerts").size();
    }
    return alerts;
  }

  private void awaitIncidents(String run, int groups) throws InterruptedException {
    while (jdbc.sql("SELECT COUNT(*) FROM opsflow_alert_group WHERE group_key LIKE ?").param("%" + run + "-%")
        .query(Integer.class).single() < groups) {
      Thread.sleep(20);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
