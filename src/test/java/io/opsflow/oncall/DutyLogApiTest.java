package io.opsflow.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.identity.Roles;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The duty log's API: {@code GET /api/oncall/log} finds the handovers of the shifts in a span, of a
 * team, whose texts hold the words; the support tiers, incident managers and operations
 * administrators read it, others are refused; a bad span is answered 400 naming the field. Starts
 * of the handover through {@code /engine-rest} are refused the same way.
 */
class DutyLogApiTest extends HandoverTestBase {

  @Test
  void theDutyLogIsSearchedBySpanTeamAndWords() {
    String word = "kafka" + System.nanoTime();
    Shift first = shift();
    Handover l1 = handOver(first, Roles.SUPPORT_L1, "support-l1", "Rebalanced the " + word.toUpperCase() + " cluster");
    Handover l2 = handOver(first, Roles.SUPPORT_L2, "support-l2", "Restarted " + word + " broker 2");
    Handover other = handOver(first, Roles.SUPPORT_L2, "support-l2", "Nothing to report");
    String day = first.start().toString().substring(0, 10);

    JsonNode found = as("support-l3").get("/api/oncall/log?from=" + day + "&to=" + day + "&q=" + word).json();
    assertThat(numbers(found)).as("both texts, case ignored").containsExactlyInAnyOrder(l1.number(), l2.number());
    assertThat(found.get("count").asInt()).isEqualTo(2);
    JsonNode entry = found.get("handovers").get(0);
    assertThat(entry.get("systemState").asText()).isEqualTo("Green");
    assertThat(entry.get("acknowledgedBy").asText()).isEqualTo("demo");
    assertThat(entry.get("counts").get("incidentsOpen").asInt()).isZero();

    assertThat(numbers(as("incident-manager").get("/api/oncall/log?from=" + day + "&to=" + day + "&team=support-l2&q="
        + word).json())).containsExactly(l2.number());
    assertThat(numbers(as("ops-admin").get("/api/oncall/log?from=" + encode(first.start().toString()) + "&to="
        + encode(first.end().toString()) + "&team=support-l2").json())).contains(l2.number(), other.number())
        .doesNotContain(l1.number());
    assertThat(numbers(as("ops-admin").get("/api/oncall/log?q=" + word).json())).as("the last 7 days by default")
        .isEmpty();
    assertThat(numbers(as("ops-admin").get("/api/oncall/log?from=" + day + "&to=" + day + "&q=" + l1.number())
        .json())).as("by number").containsExactly(l1.number());
    assertThat(numbers(as("ops-admin").get("/api/oncall/log?from=" + day + "&to=" + day + "&q=%25").json()))
        .as("% is a character, not a wildcard").isEmpty();
  }

  @Test
  void onlyTheTiersIncidentManagersAndOperationsAdministratorsReadTheDutyLog() {
    for (String reader : List.of("support-l1", "support-l2-network", "support-l3", "incident-manager", "ops-admin")) {
      assertThat(as(reader).get("/api/oncall/log").status()).as(reader).isEqualTo(200);
    }
    for (String other : List.of("requester", "service-desk", "change-manager", "developer")) {
      assertThat(as(other).get("/api/oncall/log").status()).as(other).isEqualTo(403);
    }
    assertThat(new Http(port).get("/api/oncall/log").status()).isEqualTo(401);
  }

  @Test
  void aBadSpanIsAnswered400NamingTheField() {
    assertField("/api/oncall/log?from=yesterday", "from");
    assertField("/api/oncall/log?from=2001-03-01T08:00&to=2001-03-02", "from");
    assertField("/api/oncall/log?from=2001-03-01&to=2001-02-28", "to");
    assertField("/api/oncall/log?from=2001-03-01&to=2001-02-31", "to");
    assertField("/api/oncall/log?from=2001-03-01&to=2002-03-05", "to");
    assertField("/api/oncall/log?from=2001-03-01&to=2001-03-02&q=" + "x".repeat(201), "q");
    assertThat(as("ops-admin").get("/api/oncall/log?from=2001-03-01&to=2002-03-01").status()).isEqualTo(200);
  }

  @Test
  void aStartThroughEngineRestIsRefused400NamingTheField() {
    Shift shift = shift();
    String times = "\"shiftStart\":{\"value\":\"" + shift.start() + "\"},\"shiftEnd\":{\"value\":\"" + shift.end() + "\"}";
    assertThat(start("{\"variables\":{\"team\":{\"value\":\"support-l1\"},\"outgoing\":{\"value\":\"nobody-here\"},"
        + times + "}}")).isEqualTo("outgoing");
    assertThat(start("{\"variables\":{\"team\":{\"value\":\"support-l1\"},\"outgoing\":{\"value\":\"support-l1\"},"
        + "\"shiftStart\":{\"value\":\"" + shift.end() + "\"},\"shiftEnd\":{\"value\":\"" + shift.start() + "\"}}}"))
        .isEqualTo("shiftEnd");
    Http.Response started = as("support-l1").post("/engine-rest/process-definition/key/ShiftHandover/start",
        "{\"variables\":{\"team\":{\"value\":\"support-l1\"},\"outgoing\":{\"value\":\"support-l1\"}," + times + "}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(as("requester").post("/engine-rest/process-definition/key/ShiftHandover/start",
        "{\"variables\":{\"team\":{\"value\":\"support-l1\"},\"outgoing\":{\"value\":\"support-l1\"}," + times + "}}")
        .status()).as("a requester hands no shift over: the definition is not theirs to see").isEqualTo(404);
  }

  private String start(String body) {
    Http.Response refused = as("support-l1").post("/engine-rest/process-definition/key/ShiftHandover/start", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    return refused.json().get("field").asText();
  }

  private Handover handOver(Shift shift, String team, String outgoing, String operations) {
    Handover handover = shiftEnded(shift, team, outgoing, "demo");
    write(handover, outgoing, operations, "Green", "none");
    acknowledge(handover, "demo", null);
    return handover;
  }

  private void assertField(String path, String field) {
    Http.Response bad = as("ops-admin").get(path);
    assertThat(bad.status()).as(path + ": " + bad.body()).isEqualTo(400);
    assertThat(bad.json().get("field").asText()).as(path).isEqualTo(field);
  }

  private static List<String> numbers(JsonNode log) {
    List<String> numbers = new ArrayList<>();
    log.get("handovers").forEach(h -> numbers.add(h.get("handoverNumber").asText()));
    return numbers;
  }

  private Http as(String user) {
    return new Http(port).as(user, "demo");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
