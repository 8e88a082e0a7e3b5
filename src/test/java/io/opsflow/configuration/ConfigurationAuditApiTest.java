package io.opsflow.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The configuration audit's contract: observations posted by the discovery agent or a configuration
 * manager (anyone else 403, bad input 400 naming the field, nothing kept then), the audit's CAU number
 * and its report read by its readers only, a bad scope refused at the REST start naming the field.
 */
class ConfigurationAuditApiTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;
  @Autowired
  ConfigurationAuditRecords records;

  @Test
  void theDiscoveryAgentAndConfigurationManagersPostObservations() {
    String server = TestItems.create(cmdb, "cau-api-server", "server", "low");
    String body = """
        {"source": "discovery-script", "items": [
          {"ci": "%s", "attributes": {"os": "RHEL 9"}, "relations": [{"type": "runs-on", "target": "%s"}]},
          {"ci": "%s-new", "type": "server"}]}""".formatted(server, server, server);

    Http.Response agent = as("discovery-agent").post("/api/cmdb/observations", body);
    assertThat(agent.status()).as(agent.body()).isEqualTo(201);
    assertThat(agent.json().get("observations").asInt()).isEqualTo(2);
    assertThat(records.latestObservations()).filteredOn(o -> o.ciId().equals(server)).singleElement().satisfies(o -> {
      assertThat(o.observedBy()).isEqualTo("discovery-agent");
      assertThat(o.source()).isEqualTo("discovery-script");
      assertThat(o.present()).isTrue();
      assertThat(o.attributes()).contains("RHEL 9");
      assertThat(o.relations()).containsExactly("runs-on " + server);
    });
    assertThat(as("config-manager").post("/api/cmdb/observations",
        "{\"source\": \"auditor's check\", \"items\": [{\"ci\": \"" + server + "\", \"present\": false}]}").status())
        .isEqualTo(201);

    for (String other : new String[] {"requester", "service-desk", "change-manager"}) {
      assertThat(as(other).post("/api/cmdb/observations", body).status()).as(other).isEqualTo(403);
    }
    assertThat(as("inspection-agent").post("/api/cmdb/observations", body).status())
        .as("another technical user calls only its own endpoint").isEqualTo(403);
    assertThat(as("discovery-agent").get("/api/cmdb/items").status()).as("the agent reads nothing").isEqualTo(403);
  }

  @Test
  void badObservationsAreRefusedNamingTheFieldAndNothingIsKept() {
    String fresh = "cau-bad-" + System.nanoTime();
    assertThat(refused("{\"items\": [{\"ci\": \"" + fresh + "\", \"type\": \"server\"}]}")).isEqualTo("source");
    assertThat(refused("{\"source\": \"s\", \"items\": []}")).isEqualTo("items");
    assertThat(refused("{\"source\": \"s\", \"items\": [{\"ci\": \"" + fresh + "\", \"type\": \"server\"}, {\"ci\": \"Bad Id\"}]}"))
        .isEqualTo("items[1].ci");
    assertThat(refused("{\"source\": \"s\", \"items\": [{\"ci\": \"" + fresh + "\", \"type\": \"printer\"}]}"))
        .isEqualTo("items[0].type");
    assertThat(refused("{\"source\": \"s\", \"items\": [{\"ci\": \"" + fresh + "\"}]}"))
        .as("an item the CMDB does not record needs its type").isEqualTo("items[0].type");
    assertThat(refused("{\"source\": \"s\", \"items\": [{\"ci\": \"" + fresh + "\", \"type\": \"server\", \"attributes\": [1]}]}"))
        .isEqualTo("items[0].attributes");
    assertThat(refused("{\"source\": \"s\", \"items\": [{\"ci\": \"" + fresh + "\", \"type\": \"server\","
        + " \"relations\": [{\"type\": \"owns\", \"target\": \"x1\"}]}]}")).isEqualTo("items[0].relations[0].type");
    assertThat(records.latestObservations()).noneMatch(o -> o.ciId().equals(fresh));
  }

  @Test
  void onlyAnAuditsDecisionWritesTheCmdbUnderItsNumber() {
    String server = TestItems.create(cmdb, "cau-api-trail", "server", "low");
    Http.Response patched = as("config-manager").send("PATCH", "/api/cmdb/items/" + server + "?change=CAU-2026-000001",
        "{\"criticality\": \"high\"}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(400);
    assertThat(patched.json().get("field").asText()).isEqualTo("change");
  }

  @Test
  void anAuditIsNumberedAndReadByItsReadersOnly() {
    String service = TestItems.create(cmdb, "cau-api-shop", "service", "low");
    Http.Response bad = as("config-manager").post("/engine-rest/process-definition/key/ConfigurationAudit/start",
        "{\"variables\": {\"scopeCriticality\": {\"value\": \"urgent\"}}}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).isEqualTo("scopeCriticality");

    Http.Response started = as("config-manager").post("/engine-rest/process-definition/key/ConfigurationAudit/start",
        "{\"variables\": {\"scopeService\": {\"value\": \"" + service + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String audit = started.json().get("id").asText();
    new ProcessSteps(engine).runJobs(audit);
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(audit)
        .singleResult().getBusinessKey();
    assertThat(number).matches("CAU-\\d{4}-\\d{6}");

    for (String reader : new String[] {"config-manager", "change-manager", "process-owner", "ops-admin"}) {
      Http.Response read = as(reader).get("/api/cmdb/audits/" + number);
      assertThat(read.status()).as(reader).isEqualTo(200);
      assertThat(read.json().get("auditNumber").asText()).isEqualTo(number);
      assertThat(read.json().get("scopeService").asText()).isEqualTo(service);
      assertThat(read.json().get("completedAt").isNull()).isFalse();
    }
    for (String other : new String[] {"requester", "service-desk", "support-l2", "discovery-agent"}) {
      assertThat(as(other).get("/api/cmdb/audits/" + number).status()).as(other).isIn(403, 404);
    }
    assertThat(as("requester").get("/api/cmdb/audits/" + number).status()).as("as for an unknown number").isEqualTo(404);
    assertThat(as("config-manager").get("/api/cmdb/audits/CAU-2001-999999").status()).isEqualTo(404);
    assertThat(as("requester").post("/engine-rest/process-definition/key/ConfigurationAudit/start",
        "{\"variables\": {}}").status()).as("only configuration managers start an audit").isIn(403, 404);
  }

  private String refused(String body) {
    Http.Response response = as("discovery-agent").post("/api/cmdb/observations", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().get("field").asText();
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
