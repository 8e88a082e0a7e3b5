package io.opsflow.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/policies}: the published policies read by everyone logged in, with version and
 * effective date; who acknowledged only for the process owners and operations administrators, a
 * reader's own acknowledgement for them; 400 naming the field, 404 for a policy not in force; the
 * process started over {@code /engine-rest} by its starters only, bad input 400 naming the field, and
 * read in the engine by the process owners and operations administrators only.
 */
class PolicyApiTest extends PolicyTestBase {

  @Test
  void everyoneReadsThePublishedPolicyAndItsManagersSeeWhoAcknowledged() {
    Policy policy = start("Change freeze at year end");
    Http.Response before = as("requester").get("/api/policies/" + policy.number());
    assertThat(before.status()).as("a draft is not published").isEqualTo(404);
    publish(policy, "No changes from 20 December to 3 January but emergency changes.");

    JsonNode list = as("requester").get("/api/policies").json();
    JsonNode listed = find(list, policy.number());
    assertThat(listed).as("listed for everyone").isNotNull();
    assertThat(listed.get("version").asInt()).isEqualTo(1);
    assertThat(listed.get("effectiveFrom").asText()).isNotBlank();
    assertThat(listed.get("publishedBy").asText()).isEqualTo("process-owner");
    assertThat(find(as("requester").get("/api/policies?group=" + GROUP).json(), policy.number())).isNotNull();
    assertThat(find(as("requester").get("/api/policies?group=cab").json(), policy.number())).isNull();

    JsonNode read = as("requester").get("/api/policies/" + policy.number()).json();
    assertThat(read.get("policyText").asText()).startsWith("No changes from 20 December");
    assertThat(read.get("goalsAndScope").asText()).isNotBlank();
    assertThat(read.has("acknowledgements") || read.has("acknowledged")).as("who acknowledged is for the managers")
        .isFalse();
    assertThat(read.has("myAcknowledgement")).as("the requesters were not asked").isFalse();

    JsonNode mine = as("equipment-maintainer").get("/api/policies/" + policy.number()).json();
    assertThat(mine.at("/myAcknowledgement/userId").asText()).isEqualTo("equipment-maintainer");
    assertThat(mine.at("/myAcknowledgement/acknowledgedAt").isMissingNode()).isTrue();
    acknowledge(policy, "equipment-maintainer");
    mine = as("equipment-maintainer").get("/api/policies/" + policy.number()).json();
    assertThat(mine.at("/myAcknowledgement/acknowledgedAt").asText()).isNotBlank();

    for (String manager : new String[] {"process-owner", "ops-admin"}) {
      JsonNode managed = as(manager).get("/api/policies/" + policy.number()).json();
      assertThat(managed.get("acknowledged").asInt()).isEqualTo(1);
      assertThat(managed.get("pending").asInt()).isEqualTo(members().size() - 1);
      assertThat(managed.get("acknowledgements")).hasSize(members().size());
    }
    runtime.deleteProcessInstance(policy.id(), "test done");
  }

  @Test
  void aMalformedNumberOrGroupIs400NamingItAndAPolicyNotInForce404() {
    Http.Response malformed = as("requester").get("/api/policies/POL-26-1");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("field").asText()).isEqualTo("number");
    Http.Response group = as("requester").get("/api/policies?group=no-such-group");
    assertThat(group.status()).isEqualTo(400);
    assertThat(group.json().get("field").asText()).isEqualTo("group");
    assertThat(as("requester").get("/api/policies/POL-1999-000001").status()).isEqualTo(404);
    assertThat(new Http(port).get("/api/policies").status()).as("logged in only").isEqualTo(401);
  }

  @Test
  void theProcessOwnerStartsItOverRestAndBadInputIs400NamingTheField() {
    String path = "/engine-rest/process-definition/key/PolicyRevision/start";
    String good = "\"title\":{\"value\":\"Incident reviews\"},\"goalsAndScope\":{\"value\":\"Every P1\"},"
        + "\"affectedGroups\":{\"value\":\"incident-manager, support-l2\"},\"author\":{\"value\":\"incident-manager\"}";
    Http.Response refused = as("process-owner").post(path, "{\"variables\":{" + good + "}}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo("reviewers");
    Http.Response noGroup = as("process-owner").post(path, "{\"variables\":{" + good.replace("support-l2", "nobody")
        + ",\"reviewers\":{\"value\":\"problem-manager\"}}}");
    assertThat(noGroup.status()).isEqualTo(400);
    assertThat(noGroup.json().get("field").asText()).isEqualTo("affectedGroups");
    assertThat(as("requester").post(path, "{\"variables\":{" + good + ",\"reviewers\":{\"value\":\"problem-manager\"}}}")
        .status()).as("only process owners and operations administrators start it").isEqualTo(404);

    Http.Response started = as("ops-admin").post(path,
        "{\"variables\":{" + good + ",\"reviewers\":{\"value\":\"problem-manager, service-desk-lead\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    assertThat(steps.variable(id, PolicyRevisionVariables.POLICY_NUMBER)).matches("POL-\\d{4}-\\d{6}");
    assertThat(steps.variable(id, PolicyRevisionVariables.AFFECTED_GROUPS)).containsExactly("incident-manager",
        "support-l2");
    String instances = "/engine-rest/process-instance?processInstanceIds=" + id;
    assertThat(as("process-owner").get(instances).json()).as("the process owners read it in the engine").hasSize(1);
    assertThat(as("support-l2").get(instances).json()).as("an affected group reads only its own tasks").isEmpty();
    runtime.deleteProcessInstance(id, "test done");
  }

  private static JsonNode find(JsonNode list, String number) {
    for (JsonNode policy : list) {
      if (policy.get("policyNumber").asText().equals(number)) {
        return policy;
      }
    }
    return null;
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }
}
