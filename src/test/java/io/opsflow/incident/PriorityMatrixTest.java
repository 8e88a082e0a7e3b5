package io.opsflow.incident;

import static io.opsflow.DecisionTables.evaluate;
import static io.opsflow.DecisionTables.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy's impact x urgency matrix, cell by cell, in both decisions that hold it:
 * IncidentPriority and ProblemPriority (the same matrix today, kept as a decision of its own: see
 * its description). Evaluated on a standalone DMN engine.
 */
class PriorityMatrixTest {

  private static final Map<String, DmnDecision> DECISIONS =
      Map.of("IncidentPriority", parse("IncidentPriority"), "ProblemPriority", parse("ProblemPriority"));

  /** Decision, impact, urgency and the priority they make. */
  static Stream<Arguments> cells() {
    return Stream.of("IncidentPriority", "ProblemPriority").flatMap(decision -> Stream.of(
        Arguments.of(decision, "high", "high", "P1"),
        Arguments.of(decision, "high", "medium", "P2"),
        Arguments.of(decision, "medium", "high", "P2"),
        Arguments.of(decision, "high", "low", "P3"),
        Arguments.of(decision, "medium", "medium", "P3"),
        Arguments.of(decision, "low", "high", "P3"),
        Arguments.of(decision, "medium", "low", "P4"),
        Arguments.of(decision, "low", "medium", "P4"),
        Arguments.of(decision, "low", "low", "P4")));
  }

  @ParameterizedTest(name = "{0}: {1} impact and {2} urgency is {3}")
  @MethodSource("cells")
  void priority(String decision, String impact, String urgency, String priority) {
    Object made = evaluate(DECISIONS.get(decision), Variables.createVariables()
        .putValue(IncidentVariables.IMPACT.name(), impact)
        .putValue(IncidentVariables.URGENCY.name(), urgency)).get(IncidentVariables.PRIORITY.name());
    assertThat(made).isEqualTo(priority);
  }
}
