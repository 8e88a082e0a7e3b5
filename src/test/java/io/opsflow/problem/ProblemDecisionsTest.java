package io.opsflow.problem;

import static io.opsflow.DecisionTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two decisions of the problem-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine.
 */
class ProblemDecisionsTest {

  private static DmnDecision problemPriority;
  private static DmnDecision problemInvestigationRouting;

  @BeforeAll
  static void parseDecisions() throws IOException {
    problemPriority = parse("ProblemPriority");
    problemInvestigationRouting = parse("ProblemInvestigationRouting");
  }

  // ProblemPriority: business impact x urgency, one rule per cell

  @Test
  void highImpactAndHighUrgencyIsP1() {
    assertThat(priority("high", "high")).isEqualTo("P1");
  }

  @Test
  void highImpactAndMediumUrgencyIsP2() {
    assertThat(priority("high", "medium")).isEqualTo("P2");
  }

  @Test
  void mediumImpactAndHighUrgencyIsP2() {
    assertThat(priority("medium", "high")).isEqualTo("P2");
  }

  @Test
  void highImpactAndLowUrgencyIsP3() {
    assertThat(priority("high", "low")).isEqualTo("P3");
  }

  @Test
  void mediumImpactAndMediumUrgencyIsP3() {
    assertThat(priority("medium", "medium")).isEqualTo("P3");
  }

  @Test
  void lowImpactAndHighUrgencyIsP3() {
    assertThat(priority("low", "high")).isEqualTo("P3");
  }

  @Test
  void mediumImpactAndLowUrgencyIsP4() {
    assertThat(priority("medium", "low")).isEqualTo("P4");
  }

  @Test
  void lowImpactAndMediumUrgencyIsP4() {
    assertThat(priority("low", "medium")).isEqualTo("P4");
  }

  @Test
  void lowImpactAndLowUrgencyIsP4() {
    assertThat(priority("low", "low")).isEqualTo("P4");
  }

  // ProblemInvestigationRouting: first matching rule wins

  @Test
  void p1OrP2SoftwareProblemGoesToL3() {
    assertThat(investigationGroup("software", "P1")).isEqualTo("support-l3");
    assertThat(investigationGroup("software", "P2")).isEqualTo("support-l3");
  }

  @Test
  void securityProblemOfAnyPriorityGoesToL3() {
    assertThat(investigationGroup("security", "P1")).isEqualTo("support-l3");
    assertThat(investigationGroup("security", "P2")).isEqualTo("support-l3");
    assertThat(investigationGroup("security", "P3")).isEqualTo("support-l3");
    assertThat(investigationGroup("security", "P4")).isEqualTo("support-l3");
  }

  @Test
  void p1DatabaseProblemGoesToL3() {
    assertThat(investigationGroup("database", "P1")).isEqualTo("support-l3");
  }

  @Test
  void softwareProblemBelowP2GoesToL2() {
    assertThat(investigationGroup("software", "P3")).isEqualTo("support-l2");
    assertThat(investigationGroup("software", "P4")).isEqualTo("support-l2");
  }

  @Test
  void databaseProblemBelowP1GoesToL2() {
    assertThat(investigationGroup("database", "P2")).isEqualTo("support-l2");
  }

  @Test
  void anyOtherP1ProblemGoesToL2() {
    assertThat(investigationGroup("network", "P1")).isEqualTo("support-l2");
    assertThat(investigationGroup("hardware", "P1")).isEqualTo("support-l2");
  }

  @Test
  void anythingElseGoesToL2() {
    assertThat(investigationGroup("access", "P2")).isEqualTo("support-l2");
    assertThat(investigationGroup("other", "P4")).isEqualTo("support-l2");
  }

  // Every decision keeps its history for 180 days and carries version tag 1

  @Test
  void problemPriorityKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("ProblemPriority");
  }

  @Test
  void problemInvestigationRoutingKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("ProblemInvestigationRouting");
  }

  private static Object priority(String impact, String urgency) {
    return evaluate(problemPriority, Variables.createVariables()
        .putValue("impact", impact)
        .putValue("urgency", urgency)).get("priority");
  }

  private static Object investigationGroup(String category, String priority) {
    Map<String, Object> result = evaluate(problemInvestigationRouting, Variables.createVariables()
        .putValue("category", category)
        .putValue("priority", priority));
    assertThat(result).containsOnlyKeys("investigationGroup");
    return result.get("investigationGroup");
  }
}
