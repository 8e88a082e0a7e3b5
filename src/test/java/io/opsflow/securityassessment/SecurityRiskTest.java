package io.opsflow.securityassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.DecisionTables;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SecurityRisk row by row: the severity by CVSS band or rating, weighed with criticality and exposure. */
class SecurityRiskTest {

  private static DmnDecision risk;

  @BeforeAll
  static void parse() {
    risk = DecisionTables.parse("SecurityRisk");
  }

  @ParameterizedTest(name = "CVSS {0} rating {1} on a {2} item, {3}: {4} in {5} days")
  @CsvSource({
      "9.8,  ,         low,    internet, critical, 7",    // Rule_CriticalExposed
      "   ,  critical, medium, internet, critical, 7",    // Rule_CriticalExposed, by rating
      "9.0,  ,         high,   internal, critical, 7",    // Rule_CriticalOnCriticalItem (the band's lower bound)
      "10,   ,         medium, internal, high,     30",   // Rule_Critical
      "   ,  critical, low,    internal, high,     30",   // Rule_Critical, by rating
      "7.0,  ,         high,   internet, critical, 7",    // Rule_HighExposedCriticalItem (the band's lower bound)
      "8.9,  ,         medium, internet, high,     30",   // Rule_HighExposed
      "   ,  high,     high,   internal, high,     30",   // Rule_HighOnCriticalItem
      "7.5,  ,         low,    internal, medium,   90",   // Rule_High
      "4.0,  ,         high,   internet, high,     30",   // Rule_MediumExposedCriticalItem
      "6.9,  ,         high,   internal, medium,   90",   // Rule_Medium
      "   ,  medium,   low,    internet, medium,   90",   // Rule_Medium, by rating
      "3.9,  ,         high,   internet, medium,   90",   // Rule_LowExposedCriticalItem
      "0.0,  ,         high,   internal, low,      180",  // Rule_Low (informational)
      "   ,  low,      medium, internet, low,      180",  // Rule_Low, by rating
      "5.0,  critical, low,    internal, medium,   90"})  // the score wins over a rating given as well
  void eachRule(Double cvssScore, String rating, String criticality, String exposure, String level, int days) {
    Map<String, Object> answer = DecisionTables.evaluate(risk, Variables.createVariables()
        .putValue("cvssScore", cvssScore).putValue("rating", rating).putValue("criticality", criticality)
        .putValue("exposure", exposure));
    assertThat(answer).containsEntry("riskLevel", level).containsEntry("remediationDays", days);
  }

  @Test
  void keepsItsHistorySevenYears() {
    DecisionTables.assertKeepsHistorySevenYears("SecurityRisk");
  }
}
