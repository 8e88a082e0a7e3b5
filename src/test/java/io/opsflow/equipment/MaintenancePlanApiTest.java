package io.opsflow.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.configuration.Cmdb;
import io.opsflow.configuration.TestItems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Maintenance plans over HTTP: operations administrators write them, the equipment roles read them,
 * others are refused (403); bad plans are refused with 400 naming the field; a PUT is the plan's next
 * version and the previous one stays readable.
 */
class MaintenancePlanApiTest extends OpsFlowTestBase {

  @Autowired
  Cmdb cmdb;

  @Test
  void opsAdminWritesVersionedPlansTheEquipmentRolesReadThemAndOthersAreRefused() {
    String server = TestItems.create(cmdb, "srv-plan", "server", "low");
    String id = "plan-api-" + System.nanoTime();
    Http.Response created = as("ops-admin").post("/api/equipment/maintenance-plans", body(id, "\"ciId\":\"" + server + "\"",
        "monthly", "[{\"name\":\"Clean the fans\"}]", "[{\"name\":\"Grease\",\"quantity\":2}]"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("version").asInt()).isEqualTo(1);
    assertThat(created.json().get("ownerGroup").asText()).as("the default owner group").isEqualTo("equipment-maintainer");

    assertThat(as("equipment-maintainer").post("/api/equipment/maintenance-plans", body("plan-x-" + System.nanoTime(),
        "\"ciType\":\"server\"", "monthly", "[{\"name\":\"a\"}]", "[]")).status()).isEqualTo(403);
    assertThat(as("equipment-maintainer").get("/api/equipment/maintenance-plans/" + id).status()).isEqualTo(200);
    assertThat(as("requester").get("/api/equipment/maintenance-plans").status()).isEqualTo(403);

    Http.Response revised = as("ops-admin").put("/api/equipment/maintenance-plans/" + id, "{\"version\":1,"
        + body(id, "\"ciId\":\"" + server + "\"", "quarterly", "[{\"name\":\"Clean the fans\"},{\"name\":\"Check the UPS\"}]",
        "[]").substring(1));
    assertThat(revised.status()).as(revised.body()).isEqualTo(200);
    assertThat(revised.json().get("version").asInt()).isEqualTo(2);
    JsonNode read = as("ops-admin").get("/api/equipment/maintenance-plans/" + id).json();
    assertThat(read.at("/plan/cycle").asText()).isEqualTo("quarterly");
    assertThat(read.get("versions").size()).isEqualTo(2);
    assertThat(read.at("/versions/0/plan/cycle").asText()).as("the previous version kept").isEqualTo("monthly");
    assertThat(as("ops-admin").put("/api/equipment/maintenance-plans/" + id, "{\"version\":1,"
        + body(id, "\"ciType\":\"server\"", "yearly", "[{\"name\":\"a\"}]", "[]").substring(1)).status())
        .as("a revision of a version no longer current").isEqualTo(409);
  }

  @Test
  void badPlansAreRefusedWith400NamingTheField() {
    String server = TestItems.create(cmdb, "srv-plan", "server", "low");
    String ci = "\"ciId\":\"" + server + "\"";
    assertField(post(body("p-" + System.nanoTime(), "\"ciId\":\"no-such-ci\"", "monthly", "[{\"name\":\"a\"}]", "[]")), "ciId");
    assertField(post(body("p-" + System.nanoTime(), "\"ciType\":\"toaster\"", "monthly", "[{\"name\":\"a\"}]", "[]")), "ciType");
    assertField(post(body("p-" + System.nanoTime(), ci, "weekly", "[{\"name\":\"a\"}]", "[]")), "cycle");
    assertField(post(body("p-" + System.nanoTime(), ci, "monthly", "[]", "[]")), "checklist");
    assertField(post(body("p-" + System.nanoTime(), ci, "monthly", "[{\"name\":\"a\"}]",
        "[{\"name\":\"Grease\",\"quantity\":-1}]")), "parts[0].quantity");
  }

  private static String body(String id, String target, String cycle, String checklist, String parts) {
    return "{\"id\":\"" + id + "\",\"name\":\"Server care / 服务器保养\"," + target + ",\"cycle\":\"" + cycle
        + "\",\"checklist\":" + checklist + ",\"parts\":" + parts + "}";
  }

  private Http.Response post(String body) {
    return as("ops-admin").post("/api/equipment/maintenance-plans", body);
  }

  private static void assertField(Http.Response response, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).as(response.body()).isEqualTo(field);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
