package io.opsflow.incident;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Await;
import io.opsflow.ExternalServer;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.ProcessSteps;
import io.opsflow.Scrape;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring round trip's first half against the real Prometheus (Debian's {@code prometheus}):
 * started with the operator's deploy/prometheus/prometheus.yml and rules, pointed at this OpsFlow,
 * it scrapes /actuator/prometheus as the technical user {@code prometheus} and sees the incidents opened here.
 */
@OpsFlowTest
class PrometheusScrapeTest extends OpsFlowTestBase {

  static final Path BINARY = Path.of("/usr/bin/prometheus");
  static final Path DEPLOY = Path.of("deploy/prometheus");
  static final String OPEN_P3_UNROUTED = "opsflow_incidents_open{priority=\"P3\",tier=\"none\"}";
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  @Test
  void prometheusScrapesOpsFlowAndSeesTheIncidentsOpenedHere() throws IOException {
    assumeTrue(Files.isExecutable(BINARY), BINARY + " is missing: apt-get install prometheus (.ci/run installs it)");
    double before = Scrape.settled(port, OPEN_P3_UNROUTED);
    report("Backup share full");
    report("Backup share still full");
    Scrape.awaitValue(port, OPEN_P3_UNROUTED, before + 2);

    int prometheusPort = ExternalServer.freePort();
    try (ExternalServer prometheus = ExternalServer.start(List.of(BINARY.toString(),
            "--config.file=" + config(), "--storage.tsdb.path=" + dir.resolve("data"),
            "--web.listen-address=127.0.0.1:" + prometheusPort),
        URI.create("http://127.0.0.1:" + prometheusPort + "/-/ready"), WAIT)) {
      Http api = new Http("http://127.0.0.1:" + prometheusPort);

      awaitQuery(api, prometheus, "up{job=\"opsflow\"}", 1);
      awaitQuery(api, prometheus, OPEN_P3_UNROUTED, before + 2);
      assertThat(query(api, "opsflow_tasks_open_by_queue{queue=\"service-desk\"}")).isGreaterThanOrEqualTo(2);
      awaitRulesEvaluated(api, prometheus);
    }
  }

  /** The operator's configuration, pointed at this OpsFlow with the demo password, scraping every second. */
  private Path config() throws IOException {
    String config = Files.readString(DEPLOY.resolve("prometheus.yml"));
    for (String[] change : new String[][] {{"opsflow.example:8080", "127.0.0.1:" + port},
        {"username: prometheus", "username: prometheus"},
        {"/etc/prometheus/opsflow-prometheus.password", dir.resolve("opsflow-prometheus.password").toString()},
        {"scrape_interval: 15s", "scrape_interval: 1s"}, {"evaluation_interval: 15s", "evaluation_interval: 1s"}}) {
      assertThat(config).as("deploy/prometheus/prometheus.yml").contains(change[0]);
      config = config.replace(change[0], change[1]);
    }
    Files.writeString(dir.resolve("opsflow-prometheus.password"), "demo");
    Files.copy(DEPLOY.resolve("opsflow-rules.yml"), dir.resolve("opsflow-rules.yml"));
    return Files.writeString(dir.resolve("prometheus.yml"), config);
  }

  private void awaitQuery(Http api, ExternalServer prometheus, String query, double expected) {
    Await.within(WAIT, () -> query(api, query) == expected);
    assertThat(query(api, query)).as(query + " in Prometheus after " + WAIT.toSeconds() + " s; Prometheus' log:\n"
        + prometheus.log()).isEqualTo(expected);
  }

  /** OpsFlow's alert rules run against the real series without an error. */
  private void awaitRulesEvaluated(Http api, ExternalServer prometheus) {
    Await.within(WAIT, () -> health(api).stream().allMatch("ok"::equals));
    assertThat(health(api)).as("health of OpsFlow's rules; Prometheus' log:\n" + prometheus.log())
        .hasSize(5).containsOnly("ok");
  }

  private static List<String> health(Http api) {
    JsonNode groups = api.get("/api/v1/rules").json().at("/data/groups");
    return groups.findValues("rules").stream().flatMap(rules -> rules.findValues("health").stream())
        .map(JsonNode::asText).toList();
  }

  /** The value of the query's one series, NaN while Prometheus has none. */
  private static double query(Http api, String query) {
    JsonNode result = api.get("/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json()
        .at("/data/result");
    return result.size() == 1 ? Double.parseDouble(result.get(0).at("/value/1").asText()) : Double.NaN;
  }

  private void report(String summary) {
    String instance = new Http(port).as("requester", "demo").post("/api/incidents",
            "{\"summary\":\"" + summary + "\",\"impact\":\"medium\",\"urgency\":\"medium\",\"category\":\"hardware\"}")
        .json().get("processInstanceId").asText();
    new ProcessSteps(engine).runJobs(instance);
  }
}
