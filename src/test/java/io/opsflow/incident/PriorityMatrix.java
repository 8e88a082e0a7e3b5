package io.opsflow.incident;

import static io.opsflow.DecisionTables.evaluate;

import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The policy's impact x urgency matrix, one row per cell, as IncidentPriority holds it and (the
 * same today, kept as a decision of its own) ProblemPriority.
 */
public final class PriorityMatrix {

  private PriorityMatrix() {
  }

  /** Impact, urgency and the priority they make. */
  public static Stream<Arguments> cells() {
    return Stream.of(
        Arguments.of("high", "high", "P1"),
        Arguments.of("high", "medium", "P2"),
        Arguments.of("medium", "high", "P2"),
        Arguments.of("high", "low", "P3"),
        Arguments.of("medium", "medium", "P3"),
        Arguments.of("low", "high", "P3"),
        Arguments.of("medium", "low", "P4"),
        Arguments.of("low", "medium", "P4"),
        Arguments.of("low", "low", "P4"));
  }

  /** The priority the decision makes of the impact and urgency. */
  public static Object priority(DmnDecision decision, String impact, String urgency) {
    return evaluate(decision, Variables.createVariables()
        .putValue(IncidentVariables.IMPACT.name(), impact)
        .putValue(IncidentVariables.URGENCY.name(), urgency)).get(IncidentVariables.PRIORITY.name());
  }
}
