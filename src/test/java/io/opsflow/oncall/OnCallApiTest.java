package io.opsflow.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.identity.Roles;
import org.junit.jupiter.api.Test;

/**
 * The on-call rota's API: the ops-admin writes a team's shifts (refused naming the field for an
 * overlap, a gap not marked uncovered on purpose, an unknown user or one outside the team), the
 * staff read the rota and who is on duty, a person takes over a shift with the agreement of the
 * one whose shift it is (or the ops-admin overrides), and people read their shifts as iCalendar.
 * The rotas are of team support-l2-network (members: its demo user and demo) in 2100, far from the
 * demo rota and from any schedule.
 */
@OpsFlowTest
class OnCallApiTest extends OpsFlowTestBase {

  static final String TEAM = Roles.SUPPORT_L2_NETWORK;

  /** Day, night, a morning uncovered on purpose, an afternoon: 2100-03-01 09:00 to 03-02 18:00 (+08:00). */
  static final String ROTA = """
      {"team": "support-l2-network", "escalation": ["demo", "ops-admin"], "shifts": [
        {"member": "support-l2-network", "startsAt": "2100-03-01T09:00+08:00", "endsAt": "2100-03-01T18:00+08:00"},
        {"member": "demo", "startsAt": "2100-03-01T18:00+08:00", "endsAt": "2100-03-02T09:00+08:00"},
        {"uncoveredOnPurpose": true, "startsAt": "2100-03-02T09:00+08:00", "endsAt": "2100-03-02T12:00+08:00"},
        {"member": "support-l2-network", "startsAt": "2100-03-02T12:00+08:00", "endsAt": "2100-03-02T18:00+08:00"}]}""";

  @Test
  void theOpsAdminWritesTheRotaAndTheStaffReadWhoIsOnDuty() {
    Http.Response written = as("ops-admin").put("/api/oncall/rota", ROTA);

    assertThat(written.status()).as(written.body()).isEqualTo(200);
    assertThat(written.json().get("shifts")).hasSize(4);
    assertThat(onDuty("2100-03-01T10:00:00%2B08:00")).isEqualTo("support-l2-network");
    assertThat(onDuty("2100-03-01T18:00:00%2B08:00")).as("the night begins at 18:00").isEqualTo("demo");
    assertThat(onDuty("2100-03-02T08:59:00%2B08:00")).isEqualTo("demo");
    JsonNode uncovered = as("support-l1").get(now("2100-03-02T10:00:00%2B08:00")).json();
    assertThat(uncovered.get("member")).as("nobody, on purpose").isNull();
    assertThat(uncovered.at("/shift/uncoveredOnPurpose").asBoolean()).isTrue();
    assertThat(as("support-l1").get(now("2100-03-03T10:00:00%2B08:00")).json().get("shift"))
        .as("after the rota: nothing").isNull();

    JsonNode read = as("service-desk").get("/api/oncall/rota?team=" + TEAM
        + "&from=2100-03-01T00:00%2B08:00&to=2100-03-03T00:00%2B08:00").json();
    assertThat(read.get("shifts")).hasSize(4);
    assertThat(read.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(read.get("escalation").toString()).isEqualTo("[\"demo\",\"ops-admin\"]");

    assertThat(as("requester").get(now("2100-03-01T10:00:00%2B08:00")).status()).as("not staff").isEqualTo(403);
    assertThat(as("requester").get("/api/oncall/rota?team=" + TEAM).status()).isEqualTo(403);
    assertThat(as("support-l2-network").put("/api/oncall/rota", ROTA).status()).as("only the ops-admin writes")
        .isEqualTo(403);
    assertThat(as("support-l1").get("/api/oncall/now?team=nobody").json().get("field").asText()).isEqualTo("team");
  }

  @Test
  void aRotaWrittenAgainReplacesItsPeriod() {
    as("ops-admin").put("/api/oncall/rota", ROTA);
    Http.Response again = as("ops-admin").put("/api/oncall/rota", """
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-03-01T09:00+08:00", "endsAt": "2100-03-02T18:00+08:00"}]}""");

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(onDuty("2100-03-01T10:00:00%2B08:00")).isEqualTo("demo");
    assertThat(as("ops-admin").get("/api/oncall/rota?team=" + TEAM
        + "&from=2100-03-01T00:00%2B08:00&to=2100-03-03T00:00%2B08:00").json().get("shifts")).hasSize(1);
    assertThat(as("ops-admin").get("/api/oncall/rota?team=" + TEAM).json().get("escalation").toString())
        .as("no list given: the stored one stays").isEqualTo("[\"demo\",\"ops-admin\"]");
    as("ops-admin").put("/api/oncall/rota", ROTA);
  }

  @Test
  void aRotaWithOverlapsGapsOrStrangersIsRefusedNamingTheField() {
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T18:00+08:00", "endsAt": "2100-05-02T09:00+08:00"},
          {"member": "support-l2-network", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:30+08:00"}]}""",
        "shifts[1].endsAt", "overlaps shifts[0]");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "support-l2-network", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"},
          {"member": "demo", "startsAt": "2100-05-01T19:00+08:00", "endsAt": "2100-05-02T09:00+08:00"}]}""",
        "shifts[1].startsAt", "uncovered on purpose");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "nobody-at-all", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "shifts[0].member", "is no user");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "support-l1", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "shifts[0].member", "is not in team support-l2-network");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "uncoveredOnPurpose": true, "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "shifts[0].member", "left out");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [{"member": "demo", "startsAt": "2100-05-01T09:00+08:00"}]}""",
        "shifts[0].endsAt", "is required");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T08:00+08:00"}]}""",
        "shifts[0].endsAt", "must be after");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "shifts[0].startsAt", "offset");
    assertRefused("""
        {"team": "no-such-team", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "team", "is no team");
    assertRefused("""
        {"team": "requester", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "team", "is no team");
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-08T09:01+08:00"}]}""",
        "shifts[0].endsAt", "more than 7 days");
    assertRefused("{\"team\": \"support-l2-network\", \"shifts\": []}", "shifts", "at least one");
    assertRefused("""
        {"team": "support-l2-network", "escalation": ["demo", "nobody-at-all"], "shifts": [
          {"member": "demo", "startsAt": "2100-05-01T09:00+08:00", "endsAt": "2100-05-01T18:00+08:00"}]}""",
        "escalation[1]", "is no user");
    as("ops-admin").put("/api/oncall/rota", ROTA);
    assertRefused("""
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-03-01T12:00+08:00", "endsAt": "2100-03-01T18:00+08:00"}]}""",
        "shifts[0].startsAt", "falls inside the stored shift");
  }

  @Test
  void aPersonTakesOverAShiftWithTheAgreementOfTheOneWhoseItIs() {
    as("ops-admin").put("/api/oncall/rota", ROTA);
    String night = as("support-l1").get(now("2100-03-01T20:00:00%2B08:00")).json().at("/shift/shiftId").asText();

    assertThat(swap("support-l2-network", night, "support-l2-network", "support-l1").json().get("field").asText())
        .as("demo's shift: demo agrees").isEqualTo("agreedBy");
    assertThat(swap("support-l1", night, "support-l2-network", "demo").status())
        .as("nobody records a swap for someone else but the ops-admin").isEqualTo(403);
    Http.Response swapped = swap("support-l2-network", night, "support-l2-network", "demo");

    assertThat(swapped.status()).as(swapped.body()).isEqualTo(201);
    assertThat(swapped.json().get("originalMember").asText()).isEqualTo("demo");
    assertThat(swapped.json().get("agreedBy").asText()).isEqualTo("demo");
    assertThat(onDuty("2100-03-01T20:00:00%2B08:00")).isEqualTo("support-l2-network");
    assertThat(swap("support-l2-network", night, "support-l2-network", "demo").json().get("field").asText())
        .as("on it already").isEqualTo("member");

    // the ops-admin overrides: demo takes it back, and the swaps are recorded in order
    Http.Response overridden = swap("ops-admin", night, "demo", "ops-admin");
    assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
    assertThat(overridden.json().get("recordedBy").asText()).isEqualTo("ops-admin");
    assertThat(onDuty("2100-03-01T20:00:00%2B08:00")).isEqualTo("demo");
    assertThat(swap("ops-admin", night, "support-l1", "ops-admin").json().get("field").asText())
        .as("not in the team").isEqualTo("member");
    assertThat(swap("ops-admin", "no-such-shift", "demo", "ops-admin").json().get("field").asText()).isEqualTo("shiftId");
  }

  @Test
  void peopleReadTheirShiftsAsACalendar() {
    as("ops-admin").put("/api/oncall/rota", """
        {"team": "support-l2-network", "shifts": [
          {"member": "support-l2-network", "startsAt": "2100-01-01T09:00+08:00", "endsAt": "2100-01-01T18:00+08:00"}]}""");
    // a shift of its own within the feed's reach: 01:00 to 10:00 UTC, sixty days from today
    java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(60))
        .truncatedTo(java.time.temporal.ChronoUnit.DAYS).plusSeconds(3600);
    assertThat(as("ops-admin").put("/api/oncall/rota", "{\"team\": \"support-l2-network\", \"shifts\": [{\"member\": "
        + "\"support-l2-network\", \"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plusSeconds(9 * 3600) + "\"}]}")
        .status()).isEqualTo(200);

    Http.Response own = as("support-l2-network").get("/api/oncall/rota.ics");

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.header("Content-Type")).startsWith("text/calendar");
    String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(start);
    assertThat(own.body()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").contains("BEGIN:VEVENT\r\nUID:")
        .contains("DTSTART:" + stamp + "\r\n").contains("SUMMARY:On call for support-l2-network / support-l2-network 值班")
        .endsWith("END:VCALENDAR\r\n");
    assertThat(own.body().split("\r\n")).allSatisfy(line ->
        assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(as("support-l1").get("/api/oncall/rota.ics?user=support-l2-network").status())
        .as("another's shifts").isEqualTo(403);
    assertThat(as("ops-admin").get("/api/oncall/rota.ics?user=support-l2-network").body()).contains(stamp);
  }

  private Http.Response swap(String caller, String shift, String member, String agreedBy) {
    return as(caller).post("/api/oncall/swaps", "{\"shiftId\": \"" + shift + "\", \"member\": \"" + member
        + "\", \"agreedBy\": \"" + agreedBy + "\"}");
  }

  @Test
  void rotaWritesQueueOnTheTeamsLockAndOverlappingShiftsStillNameWhoIsOnDuty() {
    as("ops-admin").put("/api/oncall/rota", """
        {"team": "support-l2-network", "shifts": [
          {"member": "demo", "startsAt": "2100-09-01T09:00+08:00", "endsAt": "2100-09-01T18:00+08:00"}]}""");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM opsflow_lock WHERE lock_name = 'oncall:support-l2-network'")
        .query(Long.class).single()).as("the team's lock row, made by its first write").isEqualTo(1);

    // an overlap left by two writes before they were serialised: the later-starting shift is on duty
    jdbc.sql("""
            INSERT INTO opsflow_oncall_shift (shift_id, team_id, member_id, starts_at, ends_at, uncovered_on_purpose)
            VALUES ('overlap-2100-09-01', ?, 'support-l2-network', ?, ?, FALSE)""")
        .params(TEAM, java.sql.Timestamp.from(java.time.Instant.parse("2100-09-01T05:00:00Z")),
            java.sql.Timestamp.from(java.time.Instant.parse("2100-09-01T12:00:00Z")))
        .update();
    try {
      assertThat(onDuty("2100-09-01T14:00:00%2B08:00")).isEqualTo("support-l2-network");
      assertThat(onDuty("2100-09-01T12:00:00%2B08:00")).as("before the overlap").isEqualTo("demo");
    } finally {
      jdbc.sql("DELETE FROM opsflow_oncall_shift WHERE shift_id = 'overlap-2100-09-01'").update();
    }
  }

  private String onDuty(String at) {
    JsonNode answer = as("support-l1").get(now(at)).json();
    return answer.get("member") == null ? null : answer.get("member").asText();
  }

  private static String now(String at) {
    return "/api/oncall/now?team=" + TEAM + "&at=" + at;
  }

  private void assertRefused(String body, String field, String says) {
    Http.Response refused = as("ops-admin").put("/api/oncall/rota", body);
    assertThat(refused.status()).as(body).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).as(refused.body()).isEqualTo(field);
    assertThat(refused.json().get("message").asText()).contains(says);
  }

  private Http as(String user) {
    return new Http(port).as(user, "admin".equals(user) ? "admin" : "demo");
  }
}
