package io.opsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CMDB over HTTP as its users see it: items created, read, changed and retired with an audit
 * trail, input refused naming the field, writes only for the configuration and change roles, and
 * impact analysis from an item up to the services that depend on it. The database outlives test
 * runs, so every item gets a fresh suffix.
 */
@OpsFlowTest
class CmdbApiTest {

  @LocalServerPort
  int port;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void anItemIsCreatedReadChangedAndRetiredWithAnAuditRowPerChangedField() {
    String id = "billing-db-" + run;

    Http.Response created = manager().post("/api/cmdb/items", item(id, "Billing database", "database", "medium",
        "\"ownerGroup\":\"ops-engineer\",\"environment\":\"test\",\"attributes\":{\"engine\":\"PostgreSQL 15\"}"));
    Http.Response changed = send("PATCH", "/api/cmdb/items/" + id + "?change=CHG-2026-000042", "config-manager",
        "{\"criticality\":\"high\",\"environment\":\"production\",\"name\":\"Billing database\","
            + "\"attributes\":{\"engine\":\"PostgreSQL 15\",\"replicas\":2}}");
    Http.Response retired = send("DELETE", "/api/cmdb/items/" + id, "config-manager", null);

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.header("Location")).isEqualTo("/api/cmdb/items/" + id);
    assertThat(created.json().get("attributes").get("engine").asText()).isEqualTo("PostgreSQL 15");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().get("criticality").asText()).isEqualTo("high");
    assertThat(changed.json().get("ownerGroup").asText()).isEqualTo("ops-engineer");
    assertThat(changed.json().get("baselineVersion").asInt()).isEqualTo(1);
    assertThat(retired.status()).isEqualTo(204);
    JsonNode item = manager().get("/api/cmdb/items/" + id).json().get("item");
    assertThat(item.get("retired").asBoolean()).isTrue();
    assertThat(item.get("attributes").get("replicas").asInt()).isEqualTo(2);
    assertThat(manager().get("/api/cmdb/items?q=" + run).json()).isEmpty();

    JsonNode audit = manager().get("/api/cmdb/items/" + id + "/audit").json();
    assertThat(audit).extracting(row -> row.get("field").asText())
        .containsExactly("created", "criticality", "environment", "attributes", "retired"); // the name did not change
    assertThat(audit).allSatisfy(row -> assertThat(row.get("changedBy").asText()).isEqualTo("config-manager"));
    JsonNode criticality = audit.get(1);
    assertThat(criticality.get("oldValue").asText()).isEqualTo("medium");
    assertThat(criticality.get("newValue").asText()).isEqualTo("high");
    assertThat(criticality.get("changeNumber").asText()).isEqualTo("CHG-2026-000042");
    assertThat(audit.get(2).get("oldValue").asText()).isEqualTo("test");
    assertThat(audit.get(3).get("newValue").asText()).isEqualTo("{\"engine\":\"PostgreSQL 15\",\"replicas\":2}");
    assertThat(audit.get(4).has("changeNumber")).isFalse();
  }

  @Test
  void itemsAreListedByTypeAndTextWithTheirRelationsOutAndIn() {
    String app = "ledger-app-" + run;
    String server = "ledger-server-" + run;
    create(app, "application", "medium");
    create(server, "server", "medium");
    relate(app, "runs-on", server);

    JsonNode servers = manager().get("/api/cmdb/items?type=server&q=" + run).json();
    JsonNode details = new Http(port).as("requester", "demo").get("/api/cmdb/items/" + server).json();
    Http.Response removed = send("DELETE", "/api/cmdb/items/" + app + "/relations?type=runs-on&target=" + server,
        "config-manager", null);

    assertThat(servers).extracting(i -> i.get("id").asText()).containsExactly(server);
    assertThat(details.get("relationsIn")).singleElement()
        .satisfies(r -> assertThat(r.get("source").asText()).isEqualTo(app));
    assertThat(removed.status()).isEqualTo(204);
    assertThat(manager().get("/api/cmdb/items/" + app).json().get("relationsOut")).isEmpty();
    assertThat(manager().get("/api/cmdb/items/" + app + "/audit").json())
        .filteredOn(row -> row.get("field").asText().equals("relation"))
        .extracting(row -> row.path("oldValue").asText("") + "|" + row.path("newValue").asText(""))
        .containsExactly("|runs-on " + server, "runs-on " + server + "|");
  }

  @Test
  void badInputIsRefusedWith400NamingTheField() {
    String id = "ok-" + run;
    create(id, "server", "low");

    assertThat(fieldOf(manager().post("/api/cmdb/items", item("Bad_Id!", "X", "server", "low", null)))).isEqualTo("id");
    assertThat(fieldOf(manager().post("/api/cmdb/items", item("a-" + run, "X", "mainframe", "low", null))))
        .isEqualTo("type");
    assertThat(fieldOf(manager().post("/api/cmdb/items", item("b-" + run, "X", "server", "urgent", null))))
        .isEqualTo("criticality");
    assertThat(fieldOf(manager().post("/api/cmdb/items", item("c-" + run, "X", "server", "low",
        "\"ownerGroup\":\"no-such-group\"")))).isEqualTo("ownerGroup");
    assertThat(fieldOf(manager().post("/api/cmdb/items", item("d-" + run, "X", "server", "low",
        "\"attributes\":[1,2]")))).isEqualTo("attributes");
    assertThat(fieldOf(manager().post("/api/cmdb/items", item("e-" + run, "", "server", "low", null))))
        .isEqualTo("name");
    assertThat(fieldOf(send("PATCH", "/api/cmdb/items/" + id, "config-manager", "{\"attributes\":\"not json\"}")))
        .isEqualTo("attributes");
    assertThat(fieldOf(manager().post("/api/cmdb/items/" + id + "/relations",
        "{\"type\":\"runs-on\",\"target\":\"nowhere-" + run + "\"}"))).isEqualTo("target");
    assertThat(fieldOf(manager().post("/api/cmdb/items/" + id + "/relations",
        "{\"type\":\"hosts\",\"target\":\"" + id + "\"}"))).isEqualTo("type");
    assertThat(fieldOf(manager().post("/api/cmdb/items/" + id + "/relations",
        "{\"type\":\"depends-on\",\"target\":\"" + id + "\"}"))).isEqualTo("target");
    // nothing refused was written
    assertThat(manager().get("/api/cmdb/items/a-" + run).status()).isEqualTo(404);
  }

  @Test
  void anExistingIdIsAConflictAndAnUnknownIdIsNotFound() {
    String id = "dup-" + run;
    create(id, "server", "low");

    Http.Response again = manager().post("/api/cmdb/items", item(id, "Again", "server", "low", null));

    assertThat(again.status()).isEqualTo(409);
    assertThat(manager().get("/api/cmdb/items/unknown-" + run).status()).isEqualTo(404);
    assertThat(manager().get("/api/cmdb/items/unknown-" + run + "/impact").status()).isEqualTo(404);
    assertThat(send("PATCH", "/api/cmdb/items/unknown-" + run, "config-manager", "{\"name\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(send("DELETE", "/api/cmdb/items/unknown-" + run, "config-manager", null).status()).isEqualTo(404);
  }

  @Test
  void aRequesterReadsTheCmdbButCannotChangeIt() {
    String id = "readable-" + run;
    create(id, "server", "low");
    Http requester = new Http(port).as("requester", "demo");

    assertThat(requester.get("/api/cmdb/items/" + id).status()).isEqualTo(200);
    assertThat(requester.post("/api/cmdb/items", item("mine-" + run, "Mine", "server", "low", null)).status())
        .isEqualTo(403);
    assertThat(send("PATCH", "/api/cmdb/items/" + id, "requester", "{\"criticality\":\"high\"}").status())
        .isEqualTo(403);
    assertThat(send("DELETE", "/api/cmdb/items/" + id, "requester", null).status()).isEqualTo(403);
    assertThat(manager().get("/api/cmdb/items/" + id).json().get("item").get("criticality").asText())
        .isEqualTo("low");
  }

  @Test
  void impactFollowsAChainOfSeveralLevelsUpToTheService() {
    String service = "payroll-" + run;
    String app = "payroll-app-" + run;
    String server = "payroll-server-" + run;
    String storage = "payroll-san-" + run;
    create(service, "service", "medium");
    create(app, "application", "medium");
    create(server, "server", "medium");
    create(storage, "network-device", "medium");
    relate(service, "depends-on", app);
    relate(app, "runs-on", server);
    relate(server, "connects-to", storage);

    JsonNode impact = manager().get("/api/cmdb/items/" + storage + "/impact").json();

    assertThat(impact).singleElement().satisfies(i -> {
      assertThat(i.get("service").asText()).isEqualTo(service);
      assertThat(i.get("path")).extracting(JsonNode::asText).containsExactly(service, app, server, storage);
    });
    assertThat(manager().get("/api/cmdb/items/" + service + "/impact").json())
        .extracting(i -> i.get("service").asText()).containsExactly(service); // a service affects itself
  }

  @Test
  void aCycleOfRelationsEndsTheWalkInsteadOfLooping() {
    String service = "ring-svc-" + run;
    String a = "ring-a-" + run;
    String b = "ring-b-" + run;
    create(service, "service", "low");
    create(a, "server", "low");
    create(b, "server", "low");
    relate(a, "connects-to", b);
    relate(b, "connects-to", a);
    relate(service, "depends-on", a);

    JsonNode impact = manager().get("/api/cmdb/items/" + b + "/impact").json();

    assertThat(impact).singleElement().satisfies(i ->
        assertThat(i.get("path")).extracting(JsonNode::asText).containsExactly(service, a, b));
  }

  @Test
  void impactRanksServicesByCriticalityThenByDistance() {
    String db = "shared-db-" + run;
    String app = "shared-app-" + run;
    String low = "low-svc-" + run;
    String nearHigh = "z-near-high-svc-" + run;
    String farHigh = "a-far-high-svc-" + run;
    create(db, "database", "high");
    create(app, "application", "high");
    create(low, "service", "low");
    create(nearHigh, "service", "high");
    create(farHigh, "service", "high");
    relate(low, "depends-on", db);
    relate(nearHigh, "depends-on", db);
    relate(app, "depends-on", db);
    relate(farHigh, "depends-on", app);

    JsonNode impact = manager().get("/api/cmdb/items/" + db + "/impact").json();

    assertThat(impact).extracting(i -> i.get("service").asText()).containsExactly(nearHigh, farHigh, low);
  }

  @Test
  void theDemoCrmDatabaseAffectsTheCrmService() {
    JsonNode impact = new Http(port).as("service-desk", "demo").get("/api/cmdb/items/crm-db/impact").json();

    assertThat(impact).anySatisfy(i -> {
      assertThat(i.get("service").asText()).isEqualTo("crm");
      assertThat(i.get("path")).extracting(JsonNode::asText).containsExactly("crm", "crm-app", "crm-db");
    });
  }

  // --- helpers --------------------------------------------------------------------------------

  private Http manager() {
    return new Http(port).as("config-manager", "demo");
  }

  private static String item(String id, String name, String type, String criticality, String more) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"criticality\":\""
        + criticality + "\"" + (more == null ? "" : "," + more) + "}";
  }

  private void create(String id, String type, String criticality) {
    Http.Response created = manager().post("/api/cmdb/items", item(id, id, type, criticality, null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  private void relate(String source, String type, String target) {
    Http.Response related = manager().post("/api/cmdb/items/" + source + "/relations",
        "{\"type\":\"" + type + "\",\"target\":\"" + target + "\"}");
    assertThat(related.status()).as(related.body()).isEqualTo(201);
  }

  private static String fieldOf(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("field").asText();
  }

  /** PATCH and DELETE, which the shared test client does not send. */
  private Http.Response send(String method, String path, String user, String json) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new Http.Response(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
