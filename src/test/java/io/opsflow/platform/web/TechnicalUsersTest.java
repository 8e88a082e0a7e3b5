package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A technical user's password opens its own endpoint and nothing else. */
@OpsFlowTest
class TechnicalUsersTest {

  @LocalServerPort
  int port;

  @Test
  void alertmanagerCallsOnlyItsWebhook() {
    Http alertmanager = new Http(port).as("alertmanager", "demo");

    for (String path : new String[] {"/api/cmdb/items", "/api/knowledge", "/actuator/prometheus", "/api/me",
        "/engine-rest/task", "/api/alerts/inbox", "/api/alerts/alertmanager-not"}) {
      Http.Response response = alertmanager.get(path);
      assertThat(response.status()).as(path).isEqualTo(403);
      assertThat(response.json().get("message").asText()).as(path).contains("may call only /api/alerts/alertmanager");
    }
    assertThat(alertmanager.post("/api/alerts/alertmanager", "{\"version\":\"3\"}").status())
        .as("its webhook: authenticated, then refused as version 3").isEqualTo(400);
  }

  @Test
  void prometheusScrapesTheMetricsOnly() {
    Http prometheus = new Http(port).as("prometheus", "demo");

    Http.Response scrape = prometheus.get("/actuator/prometheus");
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.body()).contains("opsflow_tasks_open");
    for (String path : new String[] {"/api/cmdb/items", "/api/knowledge", "/api/me", "/engine-rest/task",
        "/actuator/metrics", "/actuator/info"}) {
      assertThat(prometheus.get(path).status()).as(path).isEqualTo(403);
    }
    assertThat(prometheus.post("/api/alerts/alertmanager", "{\"version\":\"4\"}").status()).isEqualTo(403);
  }
}
