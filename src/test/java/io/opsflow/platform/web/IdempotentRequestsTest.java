package io.opsflow.platform.web;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A client that lost the answer to a create request sends it again with the same Idempotency-Key
 * and gets the same ticket, never a second one (issue 12, faults under load).
 */
@OpsFlowTest
class IdempotentRequestsTest extends OpsFlowTestBase {

  @Test
  void aRetryWithTheSameKeyGetsTheSameTicket() {
    String summary = "Idempotent " + UUID.randomUUID();
    Http serviceDesk = new Http(port).as("service-desk", "demo").header("Idempotency-Key", UUID.randomUUID().toString());

    Http.Response first = serviceDesk.post("/api/incidents", "{\"summary\":\"" + summary + "\"}");
    Http.Response retry = serviceDesk.post("/api/incidents", "{\"summary\":\"" + summary + "\"}");

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.json().path("incidentNumber").asText()).isEqualTo(first.json().path("incidentNumber").asText());
    assertThat(incidents(summary)).isOne();
  }

  @Test
  void concurrentRequestsWithOneKeyCreateOneTicket() throws Exception {
    String summary = "Concurrent " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(clients.submit(() -> new Http(port).as("service-desk", "demo").header("Idempotency-Key", key)
          .post("/api/incidents", "{\"summary\":\"" + summary + "\"}")));
    }
    List<String> numbers = new ArrayList<>();
    for (Future<Http.Response> answer : answers) {
      assertThat(answer.get().status()).isEqualTo(201);
      numbers.add(answer.get().json().path("incidentNumber").asText());
    }
    clients.shutdown();

    assertThat(numbers).hasSize(8).containsOnly(numbers.get(0));
    assertThat(incidents(summary)).isOne();
  }

  @Test
  void theSameKeyForAnotherRequestIsRefusedAndKeysAreTheCallersOwn() {
    String key = UUID.randomUUID().toString();
    String summary = "Keyed " + UUID.randomUUID();

    Http.Response refused = new Http(port).as("service-desk", "demo").header("Idempotency-Key", key)
        .post("/api/incidents", "{\"summary\":\"\"}");
    Http.Response corrected = new Http(port).as("service-desk", "demo").header("Idempotency-Key", key)
        .post("/api/incidents", "{\"summary\":\"" + summary + "\"}");
    Http.Response another = new Http(port).as("service-desk", "demo").header("Idempotency-Key", key)
        .post("/api/incidents", "{\"summary\":\"" + summary + " again\"}");
    Http.Response otherCaller = new Http(port).as("requester", "demo").header("Idempotency-Key", key)
        .post("/api/incidents", "{\"summary\":\"" + summary + "\"}");
    Http.Response tooLong = new Http(port).as("service-desk", "demo").header("Idempotency-Key", "k".repeat(101))
        .post("/api/incidents", "{\"summary\":\"" + summary + "\"}");

    assertThat(refused.status()).as("a refused request stores nothing").isEqualTo(400);
    assertThat(corrected.status()).isEqualTo(201);
    assertThat(another.status()).isEqualTo(422);
    assertThat(another.json().path("message").asText()).contains(key, "different request");
    assertThat(otherCaller.status()).isEqualTo(201);
    assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(incidents(summary)).isEqualTo(2);
  }

  @Test
  void everyCreateEndpointHonoursTheKey() {
    Http requester = new Http(port).as("requester", "demo").header("Idempotency-Key", UUID.randomUUID().toString());
    String requirement = "{\"title\":\"Export to CSV " + UUID.randomUUID() + "\",\"content\":\"As a user I export\","
        + "\"system\":\"billing\",\"urgency\":\"low\",\"requirementType\":\"feature\",\"expectedDate\":\""
        + java.time.LocalDate.now().plusDays(60) + "\"}";

    Http.Response first = requester.post("/api/requirements", requirement);
    Http.Response retry = requester.post("/api/requirements", requirement);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.body()).isEqualTo(first.body());
  }

  private long incidents(String summary) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("IncidentManagement")
        .variableValueEquals("summary", summary).count();
  }
}
