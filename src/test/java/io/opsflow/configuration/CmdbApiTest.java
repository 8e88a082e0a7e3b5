package io.opsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.List;
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
    Http.Response changed = manager().send("PATCH", "/api/cmdb/items/" + id + "?change=CHG-2026-000042",
        "{\"criticality\":\"high\",\"environment\":\"production\",\"name\":\"Billing database\","
            + "\"attributes\":{\"engine\":\"PostgreSQL 15\",\"replicas\":2}}");
    Http.Response retired = manager().send("DELETE", "/api/cmdb/items/" + id, null);

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
    String app = created("ledger-app", "application", "medium");
    String server = created("ledger-server", "server", "medium");
    relate(app, "runs-on", server);

    JsonNode servers = manager().get("/api/cmdb/items?type=server&q=" + run).json();
    JsonNode details = as("requester").get("/api/cmdb/items/" + server).json();
    Http.Response removed = manager().send("DELETE", "/api/cmdb/items/" + app + "/relations?type=runs-on&target=" + server,
        null);

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
    assertThat(fieldOf(manager().send("PATCH", "/api/cmdb/items/" + id, "{\"attributes\":\"not json\"}")))
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
    assertThat(manager().send("PATCH", "/api/cmdb/items/unknown-" + run, "{\"name\":\"x\"}").status())
        .isEqualTo(404);
    assertThat(manager().send("DELETE", "/api/cmdb/items/unknown-" + run, null).status()).isEqualTo(404);
  }

  @Test
  void aRequesterReadsTheCmdbButCannotChangeIt() {
    String id = "readable-" + run;
    create(id, "server", "low");
    Http requester = as("requester");

    assertThat(requester.get("/api/cmdb/items/" + id).status()).isEqualTo(200);
    assertThat(requester.post("/api/cmdb/items", item("mine-" + run, "Mine", "server", "low", null)).status())
        .isEqualTo(403);
    assertThat(as("requester").send("PATCH", "/api/cmdb/items/" + id, "{\"criticality\":\"high\"}").status())
        .isEqualTo(403);
    assertThat(as("requester").send("DELETE", "/api/cmdb/items/" + id, null).status()).isEqualTo(403);
    assertThat(manager().get("/api/cmdb/items/" + id).json().get("item").get("criticality").asText())
        .isEqualTo("low");
  }

  @Test
  void impactFollowsAChainOfSeveralLevelsUpToTheService() {
    String service = created("payroll", "service", "medium");
    String app = created("payroll-app", "application", "medium");
    String server = created("payroll-server", "server", "medium");
    String storage = created("payroll-san", "network-device", "medium");
    relate(service, "depends-on", app, "runs-on", server, "connects-to", storage);

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
    String service = created("ring-svc", "service", "low");
    String a = created("ring-a", "server", "low");
    String b = created("ring-b", "server", "low");
    relate(a, "connects-to", b, "connects-to", a);
    relate(service, "depends-on", a);

    JsonNode impact = manager().get("/api/cmdb/items/" + b + "/impact").json();

    assertThat(impact).singleElement().satisfies(i ->
        assertThat(i.get("path")).extracting(JsonNode::asText).containsExactly(service, a, b));
  }

  @Test
  void impactRanksServicesByCriticalityThenByDistance() {
    String db = created("shared-db", "database", "high");
    String app = created("shared-app", "application", "high");
    String low = created("low-svc", "service", "low");
    String nearHigh = created("z-near-high-svc", "service", "high");
    String farHigh = created("a-far-high-svc", "service", "high");
    for (String dependent : List.of(low, nearHigh, app)) {
      relate(dependent, "depends-on", db);
    }
    relate(farHigh, "depends-on", app);

    JsonNode impact = manager().get("/api/cmdb/items/" + db + "/impact").json();

    assertThat(impact).extracting(i -> i.get("service").asText()).containsExactly(nearHigh, farHigh, low);
  }

  @Test
  void theDemoCrmDatabaseAffectsTheCrmService() {
    JsonNode impact = as("service-desk").get("/api/cmdb/items/crm-db/impact").json();

    assertThat(impact).anySatisfy(i -> {
      assertThat(i.get("service").asText()).isEqualTo("crm");
      assertThat(i.get("path")).extracting(JsonNode::asText).containsExactly("crm", "crm-app", "crm-db");
    });
  }

  // --- helpers --------------------------------------------------------------------------------

  private Http manager() {
    return as("config-manager");
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }

  private static String item(String id, String name, String type, String criticality, String more) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"criticality\":\""
        + criticality + "\"" + (more == null ? "" : "," + more) + "}";
  }

  private void create(String id, String type, String criticality) {
    Http.Response created = manager().post("/api/cmdb/items", item(id, id, type, criticality, null));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
  }

  /** A new item of this run (its id the name and the run's suffix). */
  private String created(String name, String type, String criticality) {
    String id = name + "-" + run;
    create(id, type, criticality);
    return id;
  }

  /** Relates a chain of items: item, type, item, type, item… (each relates to the next). */
  private void relate(String... chain) {
    for (int i = 0; i + 2 < chain.length; i += 2) {
      Http.Response related = manager().post("/api/cmdb/items/" + chain[i] + "/relations",
          "{\"type\":\"" + chain[i + 1] + "\",\"target\":\"" + chain[i + 2] + "\"}");
      assertThat(related.status()).as(related.body()).isEqualTo(201);
    }
  }

  private static String fieldOf(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("field").asText();
  }

}
