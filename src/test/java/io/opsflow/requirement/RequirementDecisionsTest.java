package io.opsflow.requirement;

import static io.opsflow.DecisionTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The requirement's decisions, rule by rule, as dmn/RequirementPriority.dmn holds them:
 * RequirementImportance (type x system criticality) and RequirementPriority (urgency x
 * importance, which asks RequirementImportance first), on a standalone DMN engine.
 */
class RequirementDecisionsTest {

  private static final DmnDecision requirementPriority = parse("RequirementPriority");
  /** The decision RequirementPriority asks first, in the same file. */
  private static final DmnDecision requirementImportance = importanceDecision();

  private static DmnDecision importanceDecision() {
    try (InputStream in = Files.newInputStream(Path.of("dmn", "RequirementPriority.dmn"))) {
      return ENGINE.parseDecision("RequirementImportance", in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // RequirementImportance: one case per rule, every criticality a rule covers

  @ParameterizedTest(name = "compliance on a {0} system is important")
  @CsvSource({"high", "medium", "low", "unknown"})
  void complianceIsImportantOnAnySystem(String criticality) {
    assertThat(importance("compliance", criticality)).isEqualTo("high");
  }

  @Test
  void aFaultFixOnAHighlyCriticalSystemIsImportant() {
    assertThat(importance("fault-fix", "high")).isEqualTo("high");
  }

  @ParameterizedTest(name = "a fault fix on a {0} system is of medium importance")
  @CsvSource({"medium", "low", "unknown"})
  void aFaultFixElsewhereIsOfMediumImportance(String criticality) {
    assertThat(importance("fault-fix", criticality)).isEqualTo("medium");
  }

  @ParameterizedTest(name = "a {0} of a highly critical system is of medium importance")
  @CsvSource({"feature", "optimisation"})
  void anImprovementOfAHighlyCriticalSystemIsOfMediumImportance(String type) {
    assertThat(importance(type, "high")).isEqualTo("medium");
  }

  @Test
  void aFeatureOfAMediumCriticalSystemIsOfMediumImportance() {
    assertThat(importance("feature", "medium")).isEqualTo("medium");
  }

  @ParameterizedTest(name = "a feature of a {0} system is of low importance")
  @CsvSource({"low", "unknown"})
  void aFeatureOfALowOrUnknownSystemIsOfLowImportance(String criticality) {
    assertThat(importance("feature", criticality)).isEqualTo("low");
  }

  @ParameterizedTest(name = "an optimisation of a {0} system is of low importance")
  @CsvSource({"medium", "low", "unknown"})
  void anOptimisationOfASystemThatIsNotHighlyCriticalIsOfLowImportance(String criticality) {
    assertThat(importance("optimisation", criticality)).isEqualTo("low");
  }

  // RequirementPriority: urgency x importance, one rule per cell; the importance comes from the
  // required decision: compliance → high, a fault fix on a medium system → medium, a feature of a low one → low

  @ParameterizedTest(name = "{0} urgency, {1} importance → {4}")
  @CsvSource({
      "high, high, compliance, low, P1",
      "high, medium, fault-fix, medium, P2",
      "medium, high, compliance, unknown, P2",
      "high, low, feature, low, P3",
      "medium, medium, fault-fix, medium, P3",
      "low, high, compliance, high, P3",
      "medium, low, feature, unknown, P4",
      "low, medium, fault-fix, low, P4",
      "low, low, optimisation, low, P4"})
  void urgencyAndImportanceGiveThePriority(String urgency, String importance, String type, String criticality,
      String priority) {
    assertThat(importance(type, criticality)).isEqualTo(importance);
    assertThat(evaluate(requirementPriority, Variables.createVariables().putValue("urgency", urgency)
        .putValue("requirementType", type).putValue("systemCriticality", criticality)).get("priority"))
        .isEqualTo(priority);
  }

  @Test
  void bothDecisionsKeepTheirHistorySevenYears() {
    assertKeepsHistorySevenYears("RequirementPriority");
    org.camunda.bpm.model.dmn.instance.Decision importance = org.camunda.bpm.model.dmn.Dmn
        .readModelFromFile(Path.of("dmn", "RequirementPriority.dmn").toFile()).getModelElementById("RequirementImportance");
    assertThat(importance.getCamundaHistoryTimeToLiveString()).isEqualTo("P2555D");
  }

  private static String importance(String type, String criticality) {
    return (String) evaluate(requirementImportance, Variables.createVariables().putValue("requirementType", type)
        .putValue("systemCriticality", criticality)).get("importance");
  }
}
