package io.opsflow.change;

import static io.opsflow.DecisionTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three decisions of the change-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine. Each row
 * changes what it names of a change that is, unless changed, eligible for pre-approval: not urgent,
 * low criticality, one impacted service, tested, with a backout plan.
 */
class ChangeDecisionsTest {

  private static final DmnDecision CHANGE_CLASSIFICATION = parse("ChangeClassification");
  private static final DmnDecision CAB_APPROVERS = parse("CabApprovers");
  private static final DmnDecision CAB_VOTING_RULE = parse("CabVotingRule");

  // ChangeClassification: first matching rule wins

  @ParameterizedTest(name = "{0}: {1}, urgent {2}, {3} criticality, {4} services, tested {5}, backout plan {6} → {7}, {8}, {9}")
  @CsvSource(delimiter = '|', textBlock = """
      an urgent change is an emergency for the ECAB       | normal    | true  | low    | 1 | true  | true  | emergency | high   | ecab
      urgency beats pre-approval                          | standard  | true  | low    | 1 | true  | true  | emergency | high   | ecab
      a declared emergency is an emergency for the ECAB   | emergency | false | low    | 1 | true  | true  | emergency | high   | ecab
      a declared emergency, whatever its reach            | emergency | false | high   | 5 | true  | true  | emergency | high   | ecab
      a small tested reversible standard change           | standard  | false | low    | 1 | true  | true  | standard  | low    | pre-approved
      a standard change impacting no service              | standard  | false | low    | 0 | true  | true  | standard  | low    | pre-approved
      a standard change impacting two services            | standard  | false | low    | 2 | true  | true  | normal    | low    | cab
      a standard change on a medium criticality item      | standard  | false | medium | 1 | true  | true  | normal    | medium | cab
      a change declared normal is never pre-approved      | normal    | false | low    | 1 | true  | true  | normal    | low    | cab
      a change to a high criticality item is high risk    | normal    | false | high   | 1 | true  | true  | normal    | high   | cab
      a standard change to a high criticality item        | standard  | false | high   | 1 | true  | true  | normal    | high   | cab
      a change impacting three services is high risk      | normal    | false | low    | 3 | true  | true  | normal    | high   | cab
      three services on a medium criticality item         | normal    | false | medium | 3 | true  | true  | normal    | high   | cab
      two services are not high risk for that            | normal    | false | low    | 2 | true  | true  | normal    | low    | cab
      two services on a medium criticality item           | normal    | false | medium | 2 | true  | true  | normal    | medium | cab
      an untested change is high risk                     | normal    | false | low    | 1 | false | true  | normal    | high   | cab
      an untested standard change                         | standard  | false | low    | 1 | false | true  | normal    | high   | cab
      a change without backout plan is high risk          | normal    | false | low    | 1 | true  | false | normal    | high   | cab
      a standard change without backout plan              | standard  | false | low    | 1 | true  | false | normal    | high   | cab
      a change to a medium criticality item is medium risk| normal    | false | medium | 1 | true  | true  | normal    | medium | cab
      any other change is low risk for the CAB            | normal    | false | low    | 1 | true  | true  | normal    | low    | cab
      any other change, impacting no service              | normal    | false | low    | 0 | true  | true  | normal    | low    | cab
      """)
  void changeClassification(String rule, String declaredType, boolean urgent, String criticality, int impactedServices,
      boolean tested, boolean backoutPlan, String changeType, String risk, String approvalPath) {
    List<Map<String, Object>> results = ENGINE.evaluateDecisionTable(CHANGE_CLASSIFICATION, Variables.createVariables()
        .putValue("declaredType", declaredType)
        .putValue("urgent", urgent)
        .putValue("highestCriticality", criticality)
        .putValue("impactedServices", impactedServices)
        .putValue("tested", tested)
        .putValue("hasBackoutPlan", backoutPlan)
        .putValue("catalogueStandard", false))
        .getResultList();

    assertThat(results).singleElement()
        .isEqualTo(Map.of("changeType", changeType, "risk", risk, "approvalPath", approvalPath));
  }

  /** ChangeClassification's catalogue rule: a service request's standard change needs no CAB, urgency aside. */
  @ParameterizedTest(name = "{0}: {1}, urgent {2}, {3} criticality, {4} services → {5}, {6}")
  @CsvSource(delimiter = '|', textBlock = """
      a catalogue item's standard change on a high item   | standard | false | high   | 3 | standard  | pre-approved
      a catalogue item's standard change, untested        | standard | false | medium | 1 | standard  | pre-approved
      urgency still makes it an emergency                 | standard | true  | high   | 1 | emergency | ecab
      a catalogue item's change declared normal            | normal   | false | low    | 1 | normal    | cab
      """)
  void catalogueStandardChange(String rule, String declaredType, boolean urgent, String criticality,
      int impactedServices, String changeType, String approvalPath) {
    List<Map<String, Object>> results = ENGINE.evaluateDecisionTable(CHANGE_CLASSIFICATION, Variables.createVariables()
        .putValue("declaredType", declaredType)
        .putValue("urgent", urgent)
        .putValue("highestCriticality", criticality)
        .putValue("impactedServices", impactedServices)
        .putValue("tested", false)
        .putValue("hasBackoutPlan", false)
        .putValue("catalogueStandard", true))
        .getResultList();

    assertThat(results).singleElement().satisfies(result -> {
      assertThat(result.get("changeType")).isEqualTo(changeType);
      assertThat(result.get("approvalPath")).isEqualTo(approvalPath);
    });
  }

  // CabApprovers: every matching rule adds one group

  @ParameterizedTest(name = "{0} on a {1} of {2} risk: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      cab  | service        | low    | cab change-manager
      cab  | application    | low    | cab change-manager
      cab  | database       | high   | cab change-manager process-owner ops-engineer
      cab  | network-device | low    | cab change-manager security-officer
      cab  | network-device | high   | cab change-manager process-owner security-officer
      cab  | server         | low    | cab change-manager ops-engineer
      cab  | database       | medium | cab change-manager ops-engineer
      cab  | service        | medium | cab change-manager release-manager
      cab  | application    | high   | cab change-manager process-owner release-manager
      ecab | server         | high   | change-manager incident-manager
      ecab | network-device | high   | change-manager incident-manager
      ecab | service        | low    | change-manager incident-manager
      """)
  void cabApprovers(String approvalPath, String ciType, String risk, String groups) {
    List<Object> approvers = ENGINE.evaluateDecisionTable(CAB_APPROVERS, Variables.createVariables()
        .putValue("approvalPath", approvalPath)
        .putValue("ciType", ciType)
        .putValue("risk", risk))
        .collectEntries("approverGroup");

    assertThat(approvers).containsExactlyInAnyOrder((Object[]) groups.split(" "));
  }

  // CabVotingRule: exactly one rule per risk

  @ParameterizedTest(name = "a {0} risk change needs a {1} vote")
  @CsvSource({"high, unanimous", "medium, majority", "low, majority"})
  void cabVotingRule(String risk, String votingRule) {
    Map<String, Object> result = evaluate(CAB_VOTING_RULE, Variables.createVariables().putValue("risk", risk));

    assertThat(result).containsOnly(Map.entry("votingRule", votingRule));
  }

  // Every decision keeps its history for seven years and carries version tag 1

  @ParameterizedTest
  @ValueSource(strings = {"ChangeClassification", "CabApprovers", "CabVotingRule"})
  void keepsHistorySevenYears(String decision) {
    assertKeepsHistorySevenYears(decision);
  }
}
