package io.opsflow.problem;

import static io.opsflow.DecisionTables.*;
import static io.opsflow.problem.ProblemVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two decisions of the problem-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine.
 */
class ProblemDecisionsTest {

  private static final DmnDecision problemInvestigationRouting = parse("ProblemInvestigationRouting");

  /** ProblemInvestigationRouting: first matching rule wins. */
  @ParameterizedTest(name = "a {1} {0} problem goes to {2}")
  @CsvSource({
      "software, P1, support-l3",
      "software, P2, support-l3",
      "security, P1, support-l3",
      "security, P2, support-l3",
      "security, P3, support-l3",
      "security, P4, support-l3",
      "database, P1, support-l3",
      "software, P3, support-l2",
      "software, P4, support-l2",
      "database, P2, support-l2",
      "network, P1, support-l2",
      "hardware, P1, support-l2",
      "access, P2, support-l2",
      "other, P4, support-l2"})
  void investigationRouting(String category, String priority, String investigationGroup) {
    Map<String, Object> result = evaluate(problemInvestigationRouting, Variables.createVariables()
        .putValue(CATEGORY.name(), category)
        .putValue(PRIORITY.name(), priority));
    assertThat(result).containsOnlyKeys(INVESTIGATION_GROUP.name());
    assertThat(result.get(INVESTIGATION_GROUP.name())).isEqualTo(investigationGroup);
  }

  @ParameterizedTest(name = "{0} keeps its history for seven years")
  @ValueSource(strings = {"ProblemPriority", "ProblemInvestigationRouting"})
  void keepsHistorySevenYears(String decision) {
    assertKeepsHistorySevenYears(decision);
  }
}
