package io.opsflow.incident;

import static io.opsflow.DecisionTables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five decisions of the incident-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine.
 */
class IncidentDecisionsTest {

  private static DmnDecision incidentPriority;
  private static DmnDecision incidentSlaTargets;
  private static DmnDecision incidentRouting;
  private static DmnDecision problemTrigger;
  private static DmnDecision alertSeverityMapping;

  @BeforeAll
  static void parseDecisions() throws IOException {
    incidentPriority = parse("IncidentPriority");
    incidentSlaTargets = parse("IncidentSlaTargets");
    incidentRouting = parse("IncidentRouting");
    problemTrigger = parse("ProblemTrigger");
    alertSeverityMapping = parse("AlertSeverityMapping");
  }

  // IncidentPriority: impact x urgency, one rule per cell

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

  // IncidentSlaTargets: one rule per priority

  @Test
  void p1RespondsIn15MinutesResolvesIn4HoursWithAnHourPerTierAroundTheClock() {
    assertThat(slaTargets("P1")).containsOnly(
        entry("responseTarget", "PT15M"), entry("resolutionTarget", "PT4H"),
        entry("tierBudget", "PT1H"), entry("calendar", "24x7"));
  }

  @Test
  void p2RespondsIn30MinutesResolvesIn4HoursWithAnHourPerTierAroundTheClock() {
    assertThat(slaTargets("P2")).containsOnly(
        entry("responseTarget", "PT30M"), entry("resolutionTarget", "PT4H"),
        entry("tierBudget", "PT1H"), entry("calendar", "24x7"));
  }

  @Test
  void p3RespondsIn2HoursResolvesInADayWith4HoursPerTierInBusinessHours() {
    assertThat(slaTargets("P3")).containsOnly(
        entry("responseTarget", "PT2H"), entry("resolutionTarget", "P1D"),
        entry("tierBudget", "PT4H"), entry("calendar", "business"));
  }

  @Test
  void p4RespondsInADayResolvesIn3DaysWithADayPerTierInBusinessHours() {
    assertThat(slaTargets("P4")).containsOnly(
        entry("responseTarget", "P1D"), entry("resolutionTarget", "P3D"),
        entry("tierBudget", "P1D"), entry("calendar", "business"));
  }

  // IncidentRouting: first matching rule wins

  @Test
  void p1SecurityIncidentIsMajorAndStartsAtL2() {
    assertThat(routing("security", "P1")).containsOnly(entry("firstTier", "support-l2"), entry("major", true));
  }

  @Test
  void anyOtherP1IsMajorAndStartsAtL1() {
    assertThat(routing("network", "P1")).containsOnly(entry("firstTier", "support-l1"), entry("major", true));
  }

  @Test
  void p1DatabaseIncidentIsMajorAndStartsAtL1() {
    assertThat(routing("database", "P1")).containsOnly(entry("firstTier", "support-l1"), entry("major", true));
  }

  @Test
  void securityIncidentBelowP1StartsAtL2AndIsNotMajor() {
    assertThat(routing("security", "P2")).containsOnly(entry("firstTier", "support-l2"), entry("major", false));
    assertThat(routing("security", "P4")).containsOnly(entry("firstTier", "support-l2"), entry("major", false));
  }

  @Test
  void p2DatabaseIncidentStartsAtL2AndIsNotMajor() {
    assertThat(routing("database", "P2")).containsOnly(entry("firstTier", "support-l2"), entry("major", false));
  }

  @Test
  void p3DatabaseIncidentStartsAtL1AndIsNotMajor() {
    assertThat(routing("database", "P3")).containsOnly(entry("firstTier", "support-l1"), entry("major", false));
  }

  @Test
  void anythingElseStartsAtL1AndIsNotMajor() {
    assertThat(routing("other", "P3")).containsOnly(entry("firstTier", "support-l1"), entry("major", false));
    assertThat(routing("hardware", "P2")).containsOnly(entry("firstTier", "support-l1"), entry("major", false));
  }

  // ProblemTrigger: first matching rule wins

  @Test
  void everyMajorIncidentRaisesAProblem() {
    assertThat(raiseProblem(true, 1)).containsOnly(entry("raiseProblem", true));
  }

  @Test
  void thirdIncidentOnTheSameCiAndCategoryRaisesAProblem() {
    assertThat(raiseProblem(false, 3)).containsOnly(entry("raiseProblem", true));
    assertThat(raiseProblem(false, 7)).containsOnly(entry("raiseProblem", true));
  }

  @Test
  void secondIncidentOnTheSameCiAndCategoryRaisesNoProblem() {
    assertThat(raiseProblem(false, 2)).containsOnly(entry("raiseProblem", false));
  }

  @Test
  void singleNonMajorIncidentRaisesNoProblem() {
    assertThat(raiseProblem(false, 1)).containsOnly(entry("raiseProblem", false));
  }

  // AlertSeverityMapping: first matching rule wins

  @Test
  void criticalAlertIsHighImpactAndHighUrgency() {
    assertThat(alertSeverity("critical")).containsOnly(entry("impact", "high"), entry("urgency", "high"));
  }

  @Test
  void warningAlertIsMediumImpactAndMediumUrgency() {
    assertThat(alertSeverity("warning")).containsOnly(entry("impact", "medium"), entry("urgency", "medium"));
  }

  @Test
  void infoAlertIsLowImpactAndLowUrgency() {
    assertThat(alertSeverity("info")).containsOnly(entry("impact", "low"), entry("urgency", "low"));
  }

  @Test
  void unknownSeverityIsMediumImpactAndLowUrgency() {
    assertThat(alertSeverity("page-me")).containsOnly(entry("impact", "medium"), entry("urgency", "low"));
  }

  @Test
  void upperCaseSeverityIsNotRecognisedSoTheCallerLowerCasesIt() {
    assertThat(alertSeverity("CRITICAL")).containsOnly(entry("impact", "medium"), entry("urgency", "low"));
  }

  // Every decision keeps its history for 180 days and carries version tag 1

  @Test
  void incidentPriorityKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("IncidentPriority");
  }

  @Test
  void incidentSlaTargetsKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("IncidentSlaTargets");
  }

  @Test
  void incidentRoutingKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("IncidentRouting");
  }

  @Test
  void problemTriggerKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("ProblemTrigger");
  }

  @Test
  void alertSeverityMappingKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("AlertSeverityMapping");
  }

  private static Object priority(String impact, String urgency) {
    return evaluate(incidentPriority, Variables.createVariables()
        .putValue("impact", impact)
        .putValue("urgency", urgency)).get("priority");
  }

  private static Map<String, Object> slaTargets(String priority) {
    return evaluate(incidentSlaTargets, Variables.createVariables().putValue("priority", priority));
  }

  private static Map<String, Object> routing(String category, String priority) {
    return evaluate(incidentRouting, Variables.createVariables()
        .putValue("category", category)
        .putValue("priority", priority));
  }

  private static Map<String, Object> raiseProblem(boolean major, int recurrenceCount) {
    return evaluate(problemTrigger, Variables.createVariables()
        .putValue("major", major)
        .putValue("recurrenceCount", recurrenceCount));
  }

  private static Map<String, Object> alertSeverity(String severity) {
    return evaluate(alertSeverityMapping, Variables.createVariables().putValue("severity", severity));
  }
}
