package io.opsflow.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ServiceLevelVerdict row by row: no data, met (the target itself included), missed. */
class ServiceLevelVerdictTest {

  private static DmnDecision verdict;

  @BeforeAll
  static void parse() {
    verdict = DecisionTables.parse("ServiceLevelVerdict");
  }

  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
      ", 90, no-data",        // Rule_NoData: nobody rated, no incident resolved
      "99.9, 99.9, met",      // Rule_Met: the target itself
      "100, 99.9, met",
      "89.9, 90, missed",     // Rule_Missed
      "66.7, 100, missed"})
  void eachRule(Double measured, double target, String expected) {
    Object answer = DecisionTables.evaluate(verdict, Variables.createVariables().putValue("measured", measured)
        .putValue("target", target)).get("verdict");
    assertThat(answer).isEqualTo(expected);
  }

  @Test
  void keepsItsHistorySevenYears() {
    DecisionTables.assertKeepsHistorySevenYears("ServiceLevelVerdict");
  }
}
