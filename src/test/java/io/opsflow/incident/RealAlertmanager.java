package io.opsflow.incident;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.opsflow.ExternalServer;
import io.opsflow.Http;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's real Prometheus Alertmanager ({@code prometheus-alertmanager}, installed by .ci/run),
 * on a free local port, sending its webhook to the test's OpsFlow as the README's receiver says.
 * Groups by alert name and instance, and flushes a group a second after it changes.
 */
final class RealAlertmanager implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");

  private final ExternalServer server;
  private final Http api;

  private RealAlertmanager(ExternalServer server, int port) {
    this.server = server;
    this.api = new Http("http://127.0.0.1:" + port);
  }

  /** Starts it with a webhook to OpsFlow on that port; skips the test where the binary is missing. */
  static RealAlertmanager sendingTo(int opsflowPort) throws IOException {
    assumeTrue(Files.isExecutable(BINARY), BINARY + " is missing: apt-get install prometheus-alertmanager"
        + " (.ci/run installs it)");
    Path dir = Files.createTempDirectory("opsflow-alertmanager");
    Path config = dir.resolve("alertmanager.yml");
    Files.writeString(config, """
        route:
          receiver: opsflow
          group_by: [alertname, instance]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: opsflow
            webhook_configs:
              - url: http://127.0.0.1:%d/api/alerts/alertmanager
                http_config:
                  basic_auth: { username: alertmanager, password: demo }
        """.formatted(opsflowPort));
    int port = ExternalServer.freePort();
    ExternalServer server = ExternalServer.start(List.of(BINARY.toString(), "--config.file=" + config,
            "--storage.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
            "--cluster.listen-address="),
        URI.create("http://127.0.0.1:" + port + "/-/ready"), Duration.ofSeconds(30));
    return new RealAlertmanager(server, port);
  }

  /** Fires the alerts with these label sets (or fires them again), as Prometheus does each evaluation. */
  void fire(List<Map<String, String>> labelSets) {
    post(labelSets, null);
  }

  /** Tells Alertmanager these alerts have ended, as Prometheus does when a rule stops firing. */
  void resolve(List<Map<String, String>> labelSets) {
    post(labelSets, Instant.now().minusSeconds(1));
  }

  private void post(List<Map<String, String>> labelSets, Instant endsAt) {
    String alerts = labelSets.stream().map(labels -> "{\"labels\":{" + labels.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(",")) + "}"
            + (endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"") + "}")
        .collect(Collectors.joining(",", "[", "]"));
    Http.Response response = api.post("/api/v2/alerts", alerts);
    if (response.status() != 200) {
      throw new AssertionError("Alertmanager refused the alerts: " + response.status() + " " + response.body()
          + "\n" + server.log());
    }
  }

  String log() {
    return server.log();
  }

  @Override
  public void close() {
    server.close();
  }
}
