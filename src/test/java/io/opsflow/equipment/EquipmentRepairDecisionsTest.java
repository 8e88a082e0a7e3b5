package io.opsflow.equipment;

import static io.opsflow.DecisionTables.*;
import static io.opsflow.equipment.EquipmentRepairVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The equipment repair's two decisions, rule by rule, as the files in dmn/ hold them: evaluated on a
 * standalone DMN engine, without Spring or a process engine.
 */
class EquipmentRepairDecisionsTest {

  private static final DmnDecision repairPriority = parse("RepairPriority");
  private static final DmnDecision repairRecurrence = parse("RepairRecurrence");

  /** RepairPriority: first matching rule wins; each row below is the first match of one rule. */
  @ParameterizedTest(name = "{0} equipment, {1} service, {2} fault, spare {3}: {4} ({5})")
  @CsvSource({
      "low, high, mechanical, false, P1, CriticalServiceDown",
      "high, none, software, false, P2, CriticalEquipmentDown",
      "low, medium, mechanical, false, P2, ServiceDown",
      "low, high, software, true, P2, CriticalServiceOnSpare",
      "high, high, electrical, true, P2, CriticalServiceOnSpare",
      "medium, low, electrical, false, P3, NoSpare",
      "low, none, software, false, P3, NoSpare",
      "high, medium, electrical, true, P3, ElectricalOnSpare",
      "high, medium, mechanical, true, P4, OnSpare",
      "low, none, software, true, P4, OnSpare"})
  void priority(String equipment, String service, String faultClass, boolean spare, String priority, String rule) {
    Map<String, Object> result = evaluate(repairPriority, Variables.createVariables()
        .putValue(EQUIPMENT_CRITICALITY.name(), equipment).putValue(SERVICE_CRITICALITY.name(), service)
        .putValue(FAULT_CLASS.name(), faultClass).putValue(SPARE_IN_PLACE.name(), spare));
    assertThat(result).containsOnlyKeys(PRIORITY.name()).containsEntry(PRIORITY.name(), priority);
  }

  /** RepairRecurrence: three faults of one item or five of one model within the window raise a problem. */
  @ParameterizedTest(name = "{0} faults of the item, {1} of the model: problem {2}")
  @CsvSource({
      "3, 3, true",
      "7, 1, true",
      "2, 5, true",
      "1, 9, true",
      "2, 4, false",
      "1, 1, false"})
  void recurrence(int sameItem, int sameModel, boolean raise) {
    Map<String, Object> result = evaluate(repairRecurrence, Variables.createVariables()
        .putValue(SAME_ITEM_FAULTS.name(), sameItem).putValue(SAME_MODEL_FAULTS.name(), sameModel));
    assertThat(result).containsOnlyKeys(RAISE_PROBLEM.name()).containsEntry(RAISE_PROBLEM.name(), raise);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RepairPriority", "RepairRecurrence"})
  void keepsHistorySevenYears(String id) {
    assertKeepsHistorySevenYears(id);
  }
}
