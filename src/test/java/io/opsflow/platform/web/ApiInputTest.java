package io.opsflow.platform.web;

import io.opsflow.platform.Inputs;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What OpsFlow's API takes from a caller (issue 13, findings 9 and 11): a reporter who exists,
 * text where text belongs, no control or reordering characters, and a refusal to start a process
 * before anything about the body is said.
 */
@OpsFlowTest
class ApiInputTest {

  @LocalServerPort
  int port;

  @Test
  void theReporterIsAPersonOpsFlowKnows() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");

    Http.Response unknown = serviceDesk.post("/api/incidents",
        "{\"summary\":\"VPN drops\",\"reporter\":\"no-such-user\"}");
    Http.Response known = serviceDesk.post("/api/incidents", "{\"summary\":\"VPN drops\",\"reporter\":\"requester\"}");

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("field").asText()).isEqualTo("reporter");
    assertThat(unknown.json().path("message").asText()).contains("no-such-user");
    assertThat(known.status()).isEqualTo(201);
  }

  @Test
  void textFieldsTakeTextOnly() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");

    Http.Response number = serviceDesk.post("/api/incidents", "{\"summary\":123}");
    Http.Response flag = serviceDesk.post("/api/incidents", "{\"summary\":\"Mail down\",\"impact\":true}");

    assertThat(number.status()).isEqualTo(400);
    assertThat(number.json().path("field").asText()).isEqualTo("summary");
    assertThat(number.json().path("message").asText()).isEqualTo("summary must be text");
    assertThat(flag.status()).isEqualTo(400);
    assertThat(flag.json().path("field").asText()).isEqualTo("impact");
  }

  @Test
  void controlAndReorderingCharactersAreRefusedNewlinesAndTabsKept() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");

    Http.Response override = serviceDesk.post("/api/incidents", "{\"summary\":\"invoice\\u202Efdp.exe\"}");
    Http.Response nul = serviceDesk.post("/api/incidents", "{\"summary\":\"Disk\\u0000 full\"}");
    Http.Response lines = serviceDesk.post("/api/incidents",
        "{\"summary\":\"Disk full\",\"description\":\"df says:\\n/var\\t100%\"}");

    assertThat(override.status()).isEqualTo(400);
    assertThat(override.json().path("field").asText()).isEqualTo("summary");
    assertThat(override.json().path("message").asText()).contains("U+202E");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.json().path("message").asText()).contains("U+0000");
    assertThat(lines.status()).isEqualTo(201);
    assertThat(Inputs.plainText("Disk\u0000 full\u202E")).as("what monitoring sends is cleaned").isEqualTo("Disk full");
  }

  @Test
  void aCallerWhoMayNotStartTheProcessIsRefusedBeforeTheBodyIsRead() {
    Http serviceDesk = new Http(port).as("service-desk", "demo");

    Http.Response malformed = serviceDesk.post("/api/requirements", "{\"title\":");
    Http.Response invalid = serviceDesk.post("/api/requirements", "{\"title\":\"\",\"urgency\":\"whenever\"}");
    Http.Response changeByServiceDesk = serviceDesk.post("/api/changes", "{\"summary\":1}");
    Http.Response byRequester = new Http(port).as("requester", "demo").post("/api/requirements", "{\"title\":");

    assertThat(malformed.status()).isEqualTo(403);
    assertThat(malformed.body()).doesNotContain("field");
    assertThat(invalid.status()).isEqualTo(403);
    assertThat(changeByServiceDesk.status()).isEqualTo(403);
    assertThat(byRequester.status()).as("one who may start hears what is wrong").isEqualTo(400);
  }

  @Test
  void aCallerWhoMayNotWriteTheCmdbOrDrPlansIsRefusedBeforeTheBodyIsRead() {
    Http.Response cmdb = new Http(port).as("service-desk", "demo").post("/api/cmdb/items", "{\"id\":");
    Http.Response relation = new Http(port).as("requester", "demo").post("/api/cmdb/items/crm-app/relations", "[");
    Http.Response plan = new Http(port).as("ops-engineer", "demo").post("/api/dr/plans", "{\"id\":");
    Http.Response byWriter = new Http(port).as("config-manager", "demo").post("/api/cmdb/items", "{\"id\":");

    assertThat(cmdb.status()).isEqualTo(403);
    assertThat(cmdb.json().path("message").asText()).contains("CMDB");
    assertThat(relation.status()).isEqualTo(403);
    assertThat(plan.status()).isEqualTo(403);
    assertThat(plan.json().path("message").asText()).contains("DR plans");
    assertThat(byWriter.status()).isEqualTo(400);
  }
}
