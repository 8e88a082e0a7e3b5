package io.opsflow.problem;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Await;
import io.opsflow.Http;
import io.opsflow.MailServer;
import io.opsflow.ProcessSteps;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentSteps;
import io.opsflow.incident.IncidentVariables;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import io.opsflow.OpsFlowTest;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chain the policy promises, over HTTP and the real processes: a major incident closes and
 * raises a problem; its root cause is published as a known error; the next incident on the same
 * CI shows that known error to the service desk. Also the problem API's answers.
 */
@OpsFlowTest
class ProblemChainTest extends OpsFlowTestBase {

  @Autowired
  ProblemRecords records;

  ProcessSteps steps;
  IncidentSteps incidents;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
    incidents = new IncidentSteps(engine);
  }

  @Test
  void aKnownErrorFromAnIncidentsProblemIsShownToTheServiceDeskForTheNextIncident() {
    String ci = "payment-gw-" + UUID.randomUUID().toString().substring(0, 6);
    String first = report("Payment gateway down", "high", "high", ci);
    workIncidentToClosure(first);

    ProcessInstance problem = Await.value(() -> runtime.createProcessInstanceQuery().processDefinitionKey(ProblemIds.PROCESS)
        .variableValueEquals(ProblemVariables.AFFECTED_CI.name(), ci).singleResult());
    String problemNumber = problem.getBusinessKey();
    assertThat(records.incidents(problemNumber)).containsExactly(first);
    steps.complete(problem.getId(), ProblemIds.RECORD_AND_CLASSIFY, ProblemVariables.IMPACT, "high",
        ProblemVariables.URGENCY, "high");
    steps.complete(problem.getId(), ProblemIds.INVESTIGATE, ProblemVariables.ROOT_CAUSE,
        "Expired TLS certificate on the gateway", ProblemVariables.WORKAROUND, "Switch traffic to the standby gateway");

    String second = report("Card payments fail again", "medium", "medium", ci);
    String suggestions = steps.variable(incidents.instanceOf(second), IncidentVariables.KNOWLEDGE_SUGGESTIONS);

    assertThat(suggestions).contains("[Known error]", "Expired TLS certificate on the gateway",
        "Switch traffic to the standby gateway");

    steps.complete(problem.getId(), ProblemIds.DECIDE_FIX, ProblemVariables.FIX_DESCRIPTION,
        "Automate certificate renewal", ProblemVariables.CHANGE_NEEDED, false);
    steps.complete(problem.getId(), ProblemIds.RECORD_FIX_APPLIED, ProblemVariables.FIX_APPLIED_NOTES,
        "Renewal job installed");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
    try {
      steps.runJobs(problem.getId());
    } finally {
      ClockUtil.reset();
    }
    steps.complete(problem.getId(), ProblemIds.CONFIRM_FIX_VERIFIED, ProblemVariables.FIX_VERIFIED, true,
        ProblemVariables.VERIFICATION_EVIDENCE, "No gateway incidents since the renewal job ran");

    assertThat(records.find(problemNumber).orElseThrow().status()).isEqualTo("CLOSED");
    assertThat(MailServer.about(problemNumber)).filteredOn(m -> m.subject().contains("The cause of your incident is fixed"))
        .singleElement().satisfies(m -> assertThat(m.to()).containsExactly("service-desk@opsflow.example"));
  }

  @Test
  void aProblemManagerRecordsAProactiveProblemOverTheApi() {
    Http.Response created = new Http(port).as("problem-manager", "demo").post("/api/problems",
        "{\"summary\":\"Disk usage grows 5 % a week on file servers\",\"category\":\"hardware\","
            + "\"incidentNumbers\":[\"INC-2026-000001\"]}");

    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("problemNumber").asText();
    assertThat(number).matches("PRB-\\d{4}-\\d{6}");
    assertThat(new Http(port).as("requester", "demo").get("/api/problems/" + number).status()).isEqualTo(404);
    JsonNode ticket = new Http(port).as("problem-manager", "demo").get("/api/problems/" + number).json();
    assertThat(ticket.get("status").asText()).isEqualTo("RECORDED");
    assertThat(ticket.get("incidentNumbers")).extracting(JsonNode::asText).containsExactly("INC-2026-000001");
  }

  @Test
  void badProblemInputIsRefusedWith400NamingTheField() {
    Http manager = new Http(port).as("problem-manager", "demo");

    Http.Response noSummary = manager.post("/api/problems", "{\"category\":\"network\"}");
    Http.Response badImpact = manager.post("/api/problems", "{\"summary\":\"x\",\"impact\":\"huge\"}");
    Http.Response badIncidents = manager.post("/api/problems", "{\"summary\":\"x\",\"incidentNumbers\":[\"42\"]}");
    Http.Response engineRest = manager.post("/engine-rest/process-definition/key/ProblemManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"urgency\":{\"value\":\"yesterday\"}}}");

    assertThat(noSummary.json().get("field").asText()).isEqualTo("summary");
    assertThat(badImpact.json().get("field").asText()).isEqualTo("impact");
    assertThat(badIncidents.json().get("field").asText()).isEqualTo("incidentNumbers");
    assertThat(engineRest.status()).isEqualTo(400);
    assertThat(engineRest.json().get("field").asText()).isEqualTo("urgency");
  }

  @Test
  void onlyProblemManagersAndTheServiceDeskRecordProblems() {
    assertThat(new Http(port).as("requester", "demo").post("/api/problems", "{\"summary\":\"x\"}").status())
        .isEqualTo(403);
  }

  @Test
  void theServiceDeskRegistersAProblemAUserReportedOverTheApiNamingAKnownReporter() {
    Http desk = new Http(port).as("service-desk", "demo");

    Http.Response created = desk.post("/api/problems",
        "{\"summary\":\"VPN drops every hour\",\"category\":\"network\",\"reporter\":\"requester\"}");
    Http.Response unknown = desk.post("/api/problems", "{\"summary\":\"VPN drops\",\"reporter\":\"no-such-user\"}");

    assertThat(created.status()).isEqualTo(201);
    String number = created.json().get("problemNumber").asText();
    assertThat(records.phases(number)).containsSequence("RECORDED", "REPORTED_BY_USER");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("field").asText()).isEqualTo("reporter");
  }

  // --- helpers --------------------------------------------------------------------------------

  private String report(String summary, String impact, String urgency, String ci) {
    String number = new Http(port).as("service-desk", "demo").post("/api/incidents",
        "{\"summary\":\"" + summary + "\",\"impact\":\"" + impact + "\",\"urgency\":\"" + urgency
            + "\",\"category\":\"network\",\"affectedCi\":\"" + ci + "\"}").json().get("incidentNumber").asText();
    incidents.runJobs(number);
    return number;
  }

  /** A major incident: the tiers resolve it, the manager coordinates and reviews, the reporter confirms. */
  private void workIncidentToClosure(String number) {
    incidents.complete(number, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentVariables.RESOLVED_AT_FIRST_CONTACT,
        false);
    incidents.complete(number, IncidentIds.RESOLVE_AT_TIER, IncidentVariables.RESOLUTION_NOTES,
        "Failed over to the standby gateway", IncidentVariables.FAULT_CAUSE, "Worn part",
        IncidentVariables.PREVENTIVE_MEASURES, "Added to the maintenance plan");
    incidents.complete(number, IncidentIds.COORDINATE_MAJOR_INCIDENT, IncidentVariables.EMERGENCY_PLAN_KIND,
        IncidentIds.DR_PLAN, IncidentVariables.EMERGENCY_PLAN, "dr-online-shop",
        IncidentVariables.EMERGENCY_PLAN_ACTIVATED_AT, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(),
        IncidentVariables.COMMUNICATION_UPDATES, "status page updated");
    incidents.complete(number, IncidentIds.CONFIRM_RESOLUTION, IncidentVariables.CONFIRMED, true,
        IncidentVariables.SATISFACTION, 4);
    incidents.complete(number, IncidentIds.REVIEW_MAJOR_INCIDENT, IncidentVariables.ROOT_CAUSE_SUMMARY,
        "to be found by problem management");
  }
}
