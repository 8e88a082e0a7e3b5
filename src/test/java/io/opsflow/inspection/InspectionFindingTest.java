package io.opsflow.inspection;

import static io.opsflow.DecisionTables.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** InspectionFinding, rule by rule and at each rule's edges: item and reading to severity. */
class InspectionFindingTest {

  private static DmnDecision finding;

  @BeforeAll
  static void parseDecision() {
    finding = parse(InspectionIds.DECISION);
  }

  @ParameterizedTest(name = "{0} at {1} is {2}")
  @CsvSource({
      // CpuCritical, CpuHigh
      "cpu-load, 98, high", "cpu-load, 100, high", "cpu-load, 97.9, medium", "cpu-load, 90, medium",
      "cpu-load, 89.9, none",
      // MemoryCritical, MemoryHigh
      "memory-load, 95, high", "memory-load, 94.9, medium", "memory-load, 90, medium", "memory-load, 89, none",
      // DiskCritical, DiskHigh, DiskWarning
      "disk-space, 95, high", "disk-space, 94.9, medium", "disk-space, 90, medium", "disk-space, 89.9, low",
      "disk-space, 85, low", "disk-space, 84.9, none",
      // LogErrorsMany, LogErrorsSome
      "log-errors, 101, medium", "log-errors, 100, low", "log-errors, 1, low", "log-errors, 0, none",
      // UpsLow, UpsReduced
      "ups-charge, 49.9, high", "ups-charge, 50, medium", "ups-charge, 79.9, medium", "ups-charge, 80, none",
      // RoomHot, RoomWarm, RoomCold
      "room-temperature, 30, high", "room-temperature, 29.9, medium", "room-temperature, 27, medium",
      "room-temperature, 26.9, none", "room-temperature, 15, none", "room-temperature, 14.9, low",
      // InLimits: an item without limits
      "anything-else, 99999, none"})
  void aReadingIsJudgedByItsItemsLimits(String item, double reading, String severity) {
    assertThat(DecisionTables.evaluate(finding, Variables.createVariables().putValue("item", item)
        .putValue("reading", reading)).get("severity")).isEqualTo(severity);
  }

  @Test
  void keepsItsHistorySevenYears() {
    DecisionTables.assertKeepsHistorySevenYears(InspectionIds.DECISION);
  }
}
