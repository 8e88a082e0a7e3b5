package io.opsflow.incident;

import static io.opsflow.DecisionTables.*;
import static io.opsflow.incident.IncidentVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five decisions of the incident-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine. One table
 * per decision, one row per rule (or per case a rule covers).
 */
class IncidentDecisionsTest {

  private static final DmnDecision incidentSlaTargets = parse("IncidentSlaTargets");
  private static final DmnDecision incidentRouting = parse("IncidentRouting");
  private static final DmnDecision problemTrigger = parse("ProblemTrigger");
  private static final DmnDecision alertSeverityMapping = parse("AlertSeverityMapping");

  @ParameterizedTest(name = "{0} responds in {1}, resolves in {2}, {3} per tier, calendar {4}")
  @CsvSource({
      "P1, PT15M, PT4H, PT1H, 24x7",
      "P2, PT30M, PT4H, PT1H, 24x7",
      "P3, PT2H, P1D, PT4H, business",
      "P4, P1D, P3D, P1D, business"})
  void slaTargets(String priority, String response, String resolution, String tierBudget, String calendar) {
    assertThat(evaluate(incidentSlaTargets, Variables.createVariables().putValue(PRIORITY.name(), priority)))
        .containsOnly(entry(RESPONSE_TARGET.name(), response), entry(RESOLUTION_TARGET.name(), resolution),
            entry(TIER_BUDGET.name(), tierBudget), entry("calendar", calendar));
  }

  /** IncidentRouting: first matching rule wins; the L2 group is SecondLineGroup's, passed through. */
  @ParameterizedTest(name = "a {1} {0} incident starts at {2}, major: {3}")
  @CsvSource({
      "security, P1, support-l2, true, support-l2",
      "network, P1, support-l1, true, support-l2-network",
      "database, P1, support-l1, true, support-l2-database",
      "security, P2, support-l2, false, support-l2",
      "security, P4, support-l2, false, support-l2",
      "database, P2, support-l2, false, support-l2-database",
      "database, P3, support-l1, false, support-l2-database",
      "other, P3, support-l1, false, support-l2",
      "hardware, P2, support-l1, false, support-l2-desktop"})
  void routing(String category, String priority, String firstTier, boolean major, String l2Group) {
    assertThat(evaluate(incidentRouting, Variables.createVariables()
        .putValue(CATEGORY.name(), category)
        .putValue(PRIORITY.name(), priority)
        .putValue(AFFECTED_CI_TYPE.name(), null)))
        .containsOnly(entry(FIRST_TIER.name(), firstTier), entry(MAJOR.name(), major), entry("secondLineGroup", l2Group));
  }

  /** SecondLineGroup (in IncidentRouting.dmn): the CI's type first, then the category; first matching rule wins. */
  @ParameterizedTest(name = "a {0} incident on a {1} CI goes to {2}")
  @CsvSource({
      "hardware, network-device, support-l2-network",
      "other, database, support-l2-database",
      "network, application, support-l2-application",
      "access, service, support-l2-application",
      "hardware, server, support-l2",
      "network, , support-l2-network",
      "network, server, support-l2-network",
      "database, , support-l2-database",
      "software, , support-l2-application",
      "software, server, support-l2-application",
      "hardware, , support-l2-desktop",
      "security, , support-l2",
      "access, , support-l2",
      "other, server, support-l2"})
  void secondLineGroup(String category, String ciType, String l2Group) throws Exception {
    DmnDecision secondLineGroup;
    try (InputStream in = Files.newInputStream(Path.of("dmn", "IncidentRouting.dmn"))) {
      secondLineGroup = ENGINE.parseDecision("SecondLineGroup", in);
    }
    assertThat(evaluate(secondLineGroup, Variables.createVariables()
        .putValue(CATEGORY.name(), category)
        .putValue(AFFECTED_CI_TYPE.name(), ciType)))
        .containsOnly(entry(L2_GROUP.name(), l2Group));
  }

  /** ProblemTrigger: every major incident, and the third on the same CI and category, raise a problem. */
  @ParameterizedTest(name = "major {0}, occurrence {1}: raises a problem {2}")
  @CsvSource({
      "true, 1, true",
      "false, 3, true",
      "false, 7, true",
      "false, 2, false",
      "false, 1, false"})
  void problemTrigger(boolean major, int recurrenceCount, boolean raiseProblem) {
    assertThat(evaluate(problemTrigger, Variables.createVariables()
        .putValue(MAJOR.name(), major)
        .putValue(RECURRENCE_COUNT.name(), recurrenceCount)))
        .containsOnly(entry(RAISE_PROBLEM.name(), raiseProblem));
  }

  /** AlertSeverityMapping: an unknown severity (upper case too: the caller lower-cases it) is medium and low. */
  @ParameterizedTest(name = "severity {0} is {1} impact and {2} urgency")
  @CsvSource({
      "critical, high, high",
      "warning, medium, medium",
      "info, low, low",
      "page-me, medium, low",
      "CRITICAL, medium, low"})
  void alertSeverity(String severity, String impact, String urgency) {
    Map<String, Object> levels = evaluate(alertSeverityMapping, Variables.createVariables().putValue("severity", severity));
    assertThat(levels).containsOnly(entry(IMPACT.name(), impact), entry(URGENCY.name(), urgency));
  }

  @ParameterizedTest(name = "{0} keeps its history for seven years")
  @ValueSource(strings = {"IncidentPriority", "IncidentSlaTargets", "IncidentRouting", "ProblemTrigger",
      "AlertSeverityMapping"})
  void keepsHistorySevenYears(String decision) {
    assertKeepsHistorySevenYears(decision);
  }
}
