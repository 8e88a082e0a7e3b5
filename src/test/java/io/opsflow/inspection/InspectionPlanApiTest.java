package io.opsflow.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.identity.Roles;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Operations administrators write inspection plans over the API: a new plan or the whole of a
 * stored one, refused naming the field for unknown CIs, a bad cycle, an unknown group or a
 * checklist item half measured; everyone else may at most read them.
 */
class InspectionPlanApiTest extends InspectionTestBase {

  private static final String PLAN = """
      {"name": "Weekly switch round / 每周交换机巡检", %s,
       "checklist": [{"id": "reachable", "name": "Device reachable / 设备可达"},
                     {"id": "cpu-load", "name": "CPU load (%%) / CPU 负载(%%)", "unit": "%%", "max": 100}],
       "frequency": "%s", "doneWithin": "PT8H", "groupId": "%s", "nextDueAt": "2100-01-04T09:00+08:00"}""";

  @Test
  void anOperationsAdministratorWritesAPlanThatItsReadersRead() {
    String id = "switches-" + System.nanoTime();
    String path = "/api/inspections/plans/" + id;

    Http.Response created = admin().put(path, body("\"ciIds\": [\"core-switch-01\", \"firewall-01\"]", "P1W"));

    assertThat(created.status()).isEqualTo(201);
    InspectionPlans.Plan stored = plans.find(id).orElseThrow();
    assertThat(stored.ciIds()).containsExactly("core-switch-01", "firewall-01");
    assertThat(stored.frequency()).isEqualTo("P7D");
    assertThat(stored.nextDueAt()).isEqualTo(Instant.parse("2100-01-04T01:00:00Z"));
    assertThat(stored.checklist().get(1)).isEqualTo(new InspectionPlans.Item("cpu-load", "CPU load (%) / CPU 负载(%)", "%", 100.0));
    assertThat(stored.active()).isTrue();

    Http.Response replaced = admin().put(path, """
        {"name": "Weekly network round / 每周网络巡检", "ciType": "network-device",
         "checklist": [{"id": "reachable", "name": "Device reachable / 设备可达"}],
         "frequency": "P1M", "doneWithin": "P1D", "groupId": "ops-engineer", "active": false}""");

    assertThat(replaced.status()).isEqualTo(200);
    stored = plans.find(id).orElseThrow();
    assertThat(stored.ciType()).isEqualTo("network-device");
    assertThat(stored.ciIds()).isNull();
    assertThat(stored.checklist()).hasSize(1);
    assertThat(stored.active()).isFalse();
    assertThat(stored.nextDueAt()).as("left out: kept").isEqualTo(Instant.parse("2100-01-04T01:00:00Z"));
    Http.Response read = as("ops-engineer").get(path);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("name").asText()).isEqualTo("Weekly network round / 每周网络巡检");
    assertThat(as("ops-engineer").get("/api/inspections/plans").json().findValuesAsText("planId")).contains(id);
    assertThat(as("requester").get(path).status()).isEqualTo(403);
    assertThat(as("ops-engineer").put(path, body("\"ciType\": \"server\"", "P1D")).status())
        .as("engineers do the rounds, administrators plan them").isEqualTo(403);
    assertThat(as("ops-engineer").get("/api/inspections/plans/no-such-plan").status()).isEqualTo(404);
  }

  @Test
  void unknownCisABadCycleAnUnknownGroupOrAHalfMeasuredItemAreRefusedNamingTheField() {
    String path = "/api/inspections/plans/refused-" + System.nanoTime();

    assertRefused(path, body("\"ciIds\": [\"core-switch-01\", \"no-such-ci\"]", "P1D"), "ciIds", "no-such-ci");
    assertRefused(path, body("\"ciIds\": []", "P1D"), "ciIds", "give the configuration items");
    assertRefused(path, body("\"ciType\": \"printer\"", "P1D"), "ciType", "");
    assertRefused(path, body("\"ciType\": \"server\", \"ciIds\": [\"app-server-01\"]", "P1D"), "ciType", "not both");
    for (String cycle : new String[] {"PT1H", "P0D", "-P1D", "daily", "P2Y"}) {
      assertRefused(path, body("\"ciType\": \"server\"", cycle), "frequency", "P1D, P1W or P1M");
    }
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace("\"ops-engineer\"", "\"no-such-group\""),
        "groupId", "no group no-such-group");
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace(", \"max\": 100", ""), "checklist[1].max", "");
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace("\"id\": \"cpu-load\"", "\"id\": \"reachable\""),
        "checklist[1].id", "once per checklist");
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace("PT8H", "PT0S"), "doneWithin", "");
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace(", \"nextDueAt\": \"2100-01-04T09:00+08:00\"", ""),
        "nextDueAt", "first round");
    assertRefused(path, body("\"ciType\": \"server\"", "P1D").replace("Weekly switch round / 每周交换机巡检", " "), "name", "");
    assertThat(as("ops-admin").get(path).status()).as("nothing refused is kept").isEqualTo(404);
  }

  @Test
  void aPlaceTheCmdbDoesNotHoldStaysOnThePlanThatHadIt() {
    InspectionPlans.Plan room = plan(List.of("machine-room-09"));
    String path = "/api/inspections/plans/" + room.planId();

    assertThat(admin().put(path, body("\"ciIds\": [\"machine-room-09\"]", "P1M")).status()).isEqualTo(200);
    assertRefused(path, body("\"ciIds\": [\"machine-room-09\", \"machine-room-10\"]", "P1M"), "ciIds", "machine-room-10");
    assertThat(plans.find(room.planId()).orElseThrow().groupId()).isEqualTo(Roles.OPS_ENGINEER);
  }

  private static String body(String cis, String cycle) {
    return PLAN.formatted(cis, cycle, Roles.OPS_ENGINEER);
  }

  private void assertRefused(String path, String body, String field, String message) {
    Http.Response refused = admin().put(path, body);
    assertThat(refused.status()).as(body).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as(body).isEqualTo(field);
    assertThat(refused.json().get("message").asText()).as(body).contains(message);
  }

  private Http admin() {
    return as("ops-admin");
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
