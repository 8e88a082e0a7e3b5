package io.opsflow.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTestBase;
import org.junit.jupiter.api.Test;

/**
 * The training API: a yearly plan per group (refusals naming the field, 403 for anyone but
 * ops-admin), attendance by the trainer (403 for others) that also completes a due induction, each
 * person reading their own records and the managers anyone's.
 */
class TrainingApiTest extends OpsFlowTestBase {

  @Test
  void aPlanIsAttendedAndEachPersonReadsTheirOwnRecords() {
    int year = 2098; // a year of its own: a test database kept from an earlier run holds its plan, removed here
    jdbc.sql("DELETE FROM opsflow_training_session WHERE plan_id IN (SELECT plan_id FROM opsflow_training_plan "
        + "WHERE plan_year = ?)").param(year).update();
    jdbc.sql("DELETE FROM opsflow_training_plan WHERE plan_year = ?").param(year).update();
    jdbc.sql("DELETE FROM opsflow_training_record WHERE user_id = 'service-desk' AND source = 'induction'").update();
    Http admin = as("ops-admin");
    String plan = """
        {"group":"support-l1","year":%d,"sessions":[
          {"topic":"Monitoring console / 监控系统操作","date":"%d-03-15","trainer":"support-l3"},
          {"topic":"Fault handling drill / 故障处置演练","date":"%d-09-20","trainer":"support-l2"}]}"""
        .formatted(year, year, year);

    assertThat(as("support-l1").post("/api/training/plans", plan).status()).isEqualTo(403);
    Http.Response badDate = admin.post("/api/training/plans", plan.replace(year + "-09-20", (year + 1) + "-01-02"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("sessions[1].date");
    Http.Response badTrainer = admin.post("/api/training/plans", plan.replace("\"support-l3\"", "\"nobody-here\""));
    assertThat(badTrainer.status()).isEqualTo(400);
    assertThat(badTrainer.body()).contains("sessions[0].trainer");
    Http.Response badGroup = admin.post("/api/training/plans", plan.replace("support-l1", "no-group"));
    assertThat(badGroup.status()).isEqualTo(400);
    assertThat(badGroup.body()).contains("group");
    Http.Response created = admin.post("/api/training/plans", plan);
    assertThat(created.status()).isEqualTo(201);
    assertThat(admin.post("/api/training/plans", plan).status()).as("one plan per group and year").isEqualTo(409);
    long first = created.json().get("sessions").get(0).get("sessionId").asLong();

    JsonNode listed = as("requester").get("/api/training/plans?year=" + year + "&group=support-l1").json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("sessions").get(1).get("trainer").asText()).isEqualTo("support-l2");

    // someone joins the group: an induction is due until they attend one of its sessions
    Http.Response induction = admin.post("/api/training/inductions", "{\"user\":\"service-desk\",\"group\":\"support-l1\"}");
    assertThat(induction.status()).isEqualTo(201);
    assertThat(induction.body()).contains("\"DUE\"");
    assertThat(admin.post("/api/training/inductions", "{\"user\":\"nobody-here\",\"group\":\"support-l1\"}").body())
        .contains("\"user\"");

    String attendance = "{\"attendees\":[\"support-l1\",\"service-desk\"]}";
    assertThat(as("support-l2").post("/api/training/sessions/" + first + "/attendance", attendance).status())
        .as("not this session's trainer").isEqualTo(403);
    Http.Response unknown = as("support-l3").post("/api/training/sessions/" + first + "/attendance",
        "{\"attendees\":[\"support-l1\",\"nobody-here\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("attendees[1]");
    assertThat(as("support-l3").post("/api/training/sessions/" + first + "/attendance", attendance).status())
        .isEqualTo(200);

    JsonNode mine = as("service-desk").get("/api/training/records").json();
    assertThat(mine.toString()).contains("Monitoring console", "\"reference\":\"" + first + "\"");
    assertThat(mine.toString()).as("the induction is done").contains("\"source\":\"induction\",\"reference\":\"support-l1\"")
        .doesNotContain("\"DUE\"");
    assertThat(as("support-l1").get("/api/training/records?user=support-l1").status()).isEqualTo(200);
    assertThat(as("support-l1").get("/api/training/records?user=service-desk").status()).isEqualTo(403);
    assertThat(as("incident-manager").get("/api/training/records?user=service-desk").body()).contains("Monitoring console");
    assertThat(as("ops-admin").get("/api/training/records?user=service-desk").status()).isEqualTo(200);
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
