package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every path and method of Camunda's REST API, as Camunda describes it for 7.24 (its OpenAPI
 * document, artifact camunda-engine-rest-openapi), called by a stranger, a person in a role and an
 * administrator, on {@code /engine-rest} and on the webapps' {@code /camunda/api/engine}: each gets
 * the answer {@link EngineRestPolicy} promises. An endpoint nobody thought of is caught here.
 * Ids in paths are ids of nothing ("opsflow-probe"), bodies are empty objects, so nothing is changed.
 */
@OpsFlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestMatrixTest {

  static final String PROBE = "opsflow-probe";
  static final String WEBAPP_ROOT = "/camunda/api/engine/engine/default";
  static final String DENIED = "is not open to your role";
  static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "options");

  record Endpoint(String method, String path) {

    String probe() {
      return path.replaceAll("\\{[^}]+}", PROBE);
    }

    String body() {
      return "post".equals(method) || "put".equals(method) ? "{}" : null;
    }

    @Override
    public String toString() {
      return method.toUpperCase(Locale.ROOT) + " " + path;
    }
  }

  @LocalServerPort
  int port;

  List<Endpoint> endpoints;

  @BeforeAll
  void readCamundasDescription() throws IOException {
    endpoints = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      JsonNode paths = new ObjectMapper().readTree(in).get("paths");
      paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
        if (METHODS.contains(method)) {
          endpoints.add(new Endpoint(method, path.getKey()));
        }
      }));
    }
  }

  @Test
  void camundaDescribesAtLeastTheEndpointsKnownIn724() {
    assertThat(endpoints).hasSizeGreaterThan(390);
  }

  @Test
  void aStrangerIsAskedToLogInEverywhereButTheLoginPagesQuestions() {
    Http stranger = new Http(port);
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String root : List.of("/engine-rest", WEBAPP_ROOT)) {
        String method = endpoint.method().toUpperCase(Locale.ROOT);
        Http.Response response = stranger.send(method, root + endpoint.probe(), endpoint.body());
        boolean loginPage = root.equals(WEBAPP_ROOT) && EngineRestPolicy.openToStrangersOfTheWebapps(method, endpoint.probe());
        // the login page's questions pass OpsFlow's guard (Camunda's own webapp rules still judge them)
        if (loginPage ? response.status() >= 500 : response.status() != 401) {
          wrong.add(root + " " + endpoint + " → " + response.status() + " " + cut(response.body()));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aPersonInARoleCallsWhatTheTableOpensAndNothingElse() {
    Http rest = new Http(port).as("support-l1", "demo");
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "support-l1", "demo").status()).isEqualTo(200);
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      String method = endpoint.method().toUpperCase(Locale.ROOT);
      boolean open = EngineRestPolicy.openToRole("support-l1", method, endpoint.probe());
      for (Http caller : List.of(rest, tasklist)) {
        String root = caller == rest ? "/engine-rest" : WEBAPP_ROOT;
        Http.Response response = caller.send(method, root + endpoint.probe(), endpoint.body());
        boolean denied = response.status() == 403 && response.body().contains(DENIED);
        if (open ? denied || response.status() == 401 || response.status() >= 500 : !denied) {
          wrong.add(root + " " + endpoint + (open ? " (open)" : " (closed)") + " → " + response.status() + " "
              + cut(response.body()));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void anAdministratorCallsEverythingAndGetsNoServerError() {
    Http admin = new Http(port).as("admin", "admin");
    List<String> wrong = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Http.Response response = admin.send(endpoint.method().toUpperCase(Locale.ROOT), "/engine-rest" + endpoint.probe(),
          endpoint.body());
      if (response.status() == 401 || response.status() == 403 || response.status() >= 500) {
        wrong.add(endpoint + " → " + response.status() + " " + cut(response.body()));
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static String cut(String body) {
    return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }
}
