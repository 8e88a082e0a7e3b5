package io.opsflow.oncall;

import static io.opsflow.DecisionTables.evaluate;
import static io.opsflow.DecisionTables.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision OnCallPaging, rule by rule: urgent incidents page at any hour, the others outside business hours. */
class OnCallPagingDecisionTest {

  private static final DmnDecision onCallPaging = parse("OnCallPaging");

  @ParameterizedTest(name = "{0}, outside business hours {1}: page {2}")
  @CsvSource({
      "P1, false, true",
      "P1, true, true",
      "P2, false, true",
      "P2, true, true",
      "P3, true, true",
      "P4, true, true",
      "P3, false, false",
      "P4, false, false"})
  void urgentIncidentsPageAtAnyHourTheOthersOutsideBusinessHours(String priority, boolean outside, boolean page) {
    assertThat(evaluate(onCallPaging, Variables.createVariables()
        .putValue(PagingVariables.PRIORITY.name(), priority)
        .putValue(PagingVariables.OUTSIDE_BUSINESS_HOURS.name(), outside)))
        .containsOnly(entry(PagingVariables.PAGE.name(), page));
  }
}
