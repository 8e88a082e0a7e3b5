package io.opsflow.governance;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.governance.PolicyDeviationIds.*;
import static io.opsflow.governance.PolicyDeviationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.FlowNodeCoverage;
import io.opsflow.Http;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PolicyDeviation (临时修改需经高层批准): a temporary deviation from a policy in force, approved by a
 * process owner, listed with the policy while in force and ended by itself at its expiry; a refused
 * one ends with the reason; bad input refused naming the field.
 */
class PolicyDeviationProcessTest extends PolicyTestBase {

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  private String policy;

  @BeforeEach
  void aPolicyInForce() {
    policy = "POL-2098-" + "%06d".formatted(System.nanoTime() % 1_000_000);
    records.published(new PolicyRecords.Policy(policy, "Change windows", "All production changes", List.of(GROUP), 1,
        "Changes happen on Saturdays 22:00-02:00.", "ITIL", Instant.now(), "process-owner", Instant.now(),
        Instant.now().plus(Duration.ofDays(365)), null, null), null, List.of());
  }

  private String request(Instant expires) {
    String id = steps.as("ops-admin", () -> runtime.startProcessInstanceByKey(PROCESS, vars(POLICY_NUMBER, policy,
        DEVIATION_REASON, "The payment fix cannot wait for Saturday", EXPIRES_AT, expires)).getId());
    coverage.track(id);
    steps.runJobs(id);
    return id;
  }

  @Test
  void anApprovedDeviationIsListedWithThePolicyAndEndsItselfAtItsExpiry() {
    Instant expires = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
    String id = request(expires);
    String number = steps.variable(id, DEVIATION_NUMBER);
    assertThat(number).matches("PDV-\\d{4}-\\d{6}");
    assertThat(steps.candidateGroups(steps.task(id, APPROVE))).as("the senior approval").containsExactly("process-owner");
    assertThat(records.deviation(number).orElseThrow().requestedBy()).isEqualTo("ops-admin");

    steps.as("process-owner", () -> {
      tasks.complete(steps.task(id, APPROVE).getId(), vars(DEVIATION_APPROVED, true));
      return null;
    });
    steps.runJobs(id);
    assertThat(steps.waitingAt(id)).containsExactly(EXPIRY);
    assertThat(steps.timerDue(id, EXPIRY).toInstant()).isEqualTo(expires);
    PolicyRecords.Deviation inForce = records.deviation(number).orElseThrow();
    assertThat(inForce.status()).isEqualTo("IN_FORCE");
    assertThat(inForce.decidedBy()).isEqualTo("process-owner");
    JsonNode read = new Http(port).as("requester", "demo").get("/api/policies/" + policy).json();
    assertThat(read.at("/deviations/0/deviationNumber").asText()).as("everyone sees it with the policy").isEqualTo(number);
    assertThat(read.at("/deviations/0/reason").asText()).startsWith("The payment fix");

    steps.fireTimer(id, EXPIRY);
    assertThat(steps.endedAt(id, EXPIRED)).isTrue();
    assertThat(records.deviation(number).orElseThrow().status()).isEqualTo("EXPIRED");
    assertThat(records.deviationsInForce(policy)).isEmpty();
  }

  @Test
  void aRefusedDeviationEndsWithTheReason() {
    String id = request(Instant.now().plus(Duration.ofDays(2)));
    assertThatThrownBy(() -> steps.complete(id, APPROVE, DEVIATION_APPROVED, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("decisionNote");
    steps.complete(id, APPROVE, DEVIATION_APPROVED, false, DECISION_NOTE, "Use an emergency change instead");
    assertThat(steps.endedAt(id, REFUSED)).isTrue();
    PolicyRecords.Deviation refused = records.deviation(steps.historicVariable(id, DEVIATION_NUMBER)).orElseThrow();
    assertThat(refused.status()).isEqualTo("REFUSED");
    assertThat(refused.decisionNote()).isEqualTo("Use an emergency change instead");
    assertThat(records.deviationsInForce(policy)).isEmpty();
  }

  @Test
  void aDeviationNamesAPolicyInForceAReasonAndAnExpiryWithin90Days() {
    assertThat(refused(vars(POLICY_NUMBER, "POL-1999-000001", DEVIATION_REASON, "x",
        EXPIRES_AT, Instant.now().plus(Duration.ofDays(1))))).contains("policyNumber");
    assertThat(refused(vars(POLICY_NUMBER, policy, DEVIATION_REASON, "x",
        EXPIRES_AT, Instant.now().minus(Duration.ofDays(1))))).contains("expiresAt");
    assertThat(refused(vars(POLICY_NUMBER, policy, DEVIATION_REASON, "x",
        EXPIRES_AT, Instant.now().plus(Duration.ofDays(91))))).contains("expiresAt", "90 days");
    assertThat(refused(vars(POLICY_NUMBER, policy, EXPIRES_AT, Instant.now().plus(Duration.ofDays(1)))))
        .contains("deviationReason");

    Http.Response rest = new Http(port).as("ops-admin", "demo").post(
        "/engine-rest/process-definition/key/PolicyDeviation/start",
        "{\"variables\":{\"policyNumber\":{\"value\":\"" + policy + "\"},\"deviationReason\":{\"value\":\"x\"}}}");
    assertThat(rest.status()).as(rest.body()).isEqualTo(400);
    assertThat(rest.json().get("field").asText()).isEqualTo("expiresAt");
  }

  private String refused(java.util.Map<String, Object> variables) {
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> runtime.startProcessInstanceByKey(PROCESS, variables));
    assertThat(refused).isInstanceOf(FormFieldValidationException.class);
    return refused.getMessage();
  }
}
