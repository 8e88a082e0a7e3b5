package io.opsflow.change;

import static io.opsflow.DecisionTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three decisions of the change-management process, rule by rule, as the files in dmn/
 * hold them: evaluated on a standalone DMN engine, without Spring or a process engine.
 */
class ChangeDecisionsTest {

  private static DmnDecision changeClassification;
  private static DmnDecision cabApprovers;
  private static DmnDecision cabVotingRule;

  @BeforeAll
  static void parseDecisions() throws IOException {
    changeClassification = parse("ChangeClassification");
    cabApprovers = parse("CabApprovers");
    cabVotingRule = parse("CabVotingRule");
  }

  // ChangeClassification: first matching rule wins

  @Test
  void urgentChangeIsAnEmergencyForTheEcab() {
    assertThat(classify(change("normal").urgent(true)))
        .isEqualTo(classification("emergency", "high", "ecab"));
    // urgency beats a change that would otherwise be pre-approved
    assertThat(classify(change("standard").urgent(true)))
        .isEqualTo(classification("emergency", "high", "ecab"));
  }

  @Test
  void declaredEmergencyIsAnEmergencyForTheEcab() {
    assertThat(classify(change("emergency")))
        .isEqualTo(classification("emergency", "high", "ecab"));
    assertThat(classify(change("emergency").criticality("high").impactedServices(5)))
        .isEqualTo(classification("emergency", "high", "ecab"));
  }

  @Test
  void smallTestedReversibleStandardChangeIsPreApproved() {
    assertThat(classify(change("standard")))
        .isEqualTo(classification("standard", "low", "pre-approved"));
    assertThat(classify(change("standard").impactedServices(0)))
        .isEqualTo(classification("standard", "low", "pre-approved"));
  }

  @Test
  void standardChangeImpactingTwoServicesIsNotPreApproved() {
    assertThat(classify(change("standard").impactedServices(2)))
        .isEqualTo(classification("normal", "low", "cab"));
  }

  @Test
  void standardChangeOnMediumCriticalityItemIsNotPreApproved() {
    assertThat(classify(change("standard").criticality("medium")))
        .isEqualTo(classification("normal", "medium", "cab"));
  }

  @Test
  void changeDeclaredNormalIsNeverPreApproved() {
    assertThat(classify(change("normal")))
        .isEqualTo(classification("normal", "low", "cab"));
  }

  @Test
  void changeToHighCriticalityItemIsHighRisk() {
    assertThat(classify(change("normal").criticality("high")))
        .isEqualTo(classification("normal", "high", "cab"));
    assertThat(classify(change("standard").criticality("high")))
        .isEqualTo(classification("normal", "high", "cab"));
  }

  @Test
  void changeImpactingThreeServicesIsHighRisk() {
    assertThat(classify(change("normal").impactedServices(3)))
        .isEqualTo(classification("normal", "high", "cab"));
    assertThat(classify(change("normal").criticality("medium").impactedServices(3)))
        .isEqualTo(classification("normal", "high", "cab"));
  }

  @Test
  void changeImpactingTwoServicesIsNotHighRiskForThat() {
    assertThat(classify(change("normal").impactedServices(2)))
        .isEqualTo(classification("normal", "low", "cab"));
    assertThat(classify(change("normal").criticality("medium").impactedServices(2)))
        .isEqualTo(classification("normal", "medium", "cab"));
  }

  @Test
  void untestedChangeIsHighRisk() {
    assertThat(classify(change("normal").tested(false)))
        .isEqualTo(classification("normal", "high", "cab"));
    assertThat(classify(change("standard").tested(false)))
        .isEqualTo(classification("normal", "high", "cab"));
  }

  @Test
  void changeWithoutBackoutPlanIsHighRisk() {
    assertThat(classify(change("normal").backoutPlan(false)))
        .isEqualTo(classification("normal", "high", "cab"));
    assertThat(classify(change("standard").backoutPlan(false)))
        .isEqualTo(classification("normal", "high", "cab"));
  }

  @Test
  void changeToMediumCriticalityItemIsMediumRisk() {
    assertThat(classify(change("normal").criticality("medium")))
        .isEqualTo(classification("normal", "medium", "cab"));
  }

  @Test
  void anyOtherChangeIsLowRiskForTheCab() {
    assertThat(classify(change("normal").impactedServices(1)))
        .isEqualTo(classification("normal", "low", "cab"));
    assertThat(classify(change("normal").impactedServices(0)))
        .isEqualTo(classification("normal", "low", "cab"));
  }

  // CabApprovers: every matching rule adds one group

  @Test
  void cabAndChangeManagerApproveEveryCabChange() {
    assertThat(approvers("cab", "service", "low"))
        .containsExactlyInAnyOrder("cab", "change-manager");
    assertThat(approvers("cab", "application", "low"))
        .containsExactlyInAnyOrder("cab", "change-manager");
  }

  @Test
  void processOwnerApprovesHighRiskCabChange() {
    assertThat(approvers("cab", "database", "high"))
        .containsExactlyInAnyOrder("cab", "change-manager", "process-owner", "ops-engineer");
  }

  @Test
  void securityOfficerApprovesChangeToNetworkDevice() {
    assertThat(approvers("cab", "network-device", "low"))
        .containsExactlyInAnyOrder("cab", "change-manager", "security-officer");
    assertThat(approvers("cab", "network-device", "high"))
        .containsExactlyInAnyOrder("cab", "change-manager", "process-owner", "security-officer");
  }

  @Test
  void opsEngineerApprovesChangeToServerOrDatabase() {
    assertThat(approvers("cab", "server", "low"))
        .containsExactlyInAnyOrder("cab", "change-manager", "ops-engineer");
    assertThat(approvers("cab", "database", "medium"))
        .containsExactlyInAnyOrder("cab", "change-manager", "ops-engineer");
  }

  @Test
  void releaseManagerApprovesMediumOrHighRiskChangeToServiceOrApplication() {
    assertThat(approvers("cab", "service", "medium"))
        .containsExactlyInAnyOrder("cab", "change-manager", "release-manager");
    assertThat(approvers("cab", "application", "high"))
        .containsExactlyInAnyOrder("cab", "change-manager", "process-owner", "release-manager");
  }

  @Test
  void changeManagerAndIncidentManagerFormTheEcab() {
    assertThat(approvers("ecab", "server", "high"))
        .containsExactlyInAnyOrder("change-manager", "incident-manager");
    assertThat(approvers("ecab", "network-device", "high"))
        .containsExactlyInAnyOrder("change-manager", "incident-manager");
    assertThat(approvers("ecab", "service", "low"))
        .containsExactlyInAnyOrder("change-manager", "incident-manager");
  }

  // CabVotingRule: exactly one rule per risk

  @Test
  void highRiskChangeNeedsUnanimousVote() {
    assertThat(votingRule("high")).isEqualTo("unanimous");
  }

  @Test
  void mediumRiskChangeNeedsMajority() {
    assertThat(votingRule("medium")).isEqualTo("majority");
  }

  @Test
  void lowRiskChangeNeedsMajority() {
    assertThat(votingRule("low")).isEqualTo("majority");
  }

  // Every decision keeps its history for 180 days and carries version tag 1

  @Test
  void changeClassificationKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("ChangeClassification");
  }

  @Test
  void cabApproversKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("CabApprovers");
  }

  @Test
  void cabVotingRuleKeepsHistoryFor180Days() {
    assertKeepsHistoryFor180Days("CabVotingRule");
  }

  /** A change with the given declared type that is, unless changed, eligible for pre-approval. */
  private static Change change(String declaredType) {
    return new Change(declaredType, false, "low", 1, true, true);
  }

  private record Change(String declaredType, boolean urgent, String criticality,
      int impactedServices, boolean tested, boolean backoutPlan) {

    Change urgent(boolean value) {
      return new Change(declaredType, value, criticality, impactedServices, tested, backoutPlan);
    }

    Change criticality(String value) {
      return new Change(declaredType, urgent, value, impactedServices, tested, backoutPlan);
    }

    Change impactedServices(int value) {
      return new Change(declaredType, urgent, criticality, value, tested, backoutPlan);
    }

    Change tested(boolean value) {
      return new Change(declaredType, urgent, criticality, impactedServices, value, backoutPlan);
    }

    Change backoutPlan(boolean value) {
      return new Change(declaredType, urgent, criticality, impactedServices, tested, value);
    }
  }

  private static Map<String, Object> classification(String changeType, String risk,
      String approvalPath) {
    return Map.of("changeType", changeType, "risk", risk, "approvalPath", approvalPath);
  }

  private static Map<String, Object> classify(Change change) {
    List<Map<String, Object>> results = ENGINE.evaluateDecisionTable(changeClassification,
        Variables.createVariables()
            .putValue("declaredType", change.declaredType())
            .putValue("urgent", change.urgent())
            .putValue("highestCriticality", change.criticality())
            .putValue("impactedServices", change.impactedServices())
            .putValue("tested", change.tested())
            .putValue("hasBackoutPlan", change.backoutPlan()))
        .getResultList();
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static List<Object> approvers(String approvalPath, String ciType, String risk) {
    return ENGINE.evaluateDecisionTable(cabApprovers, Variables.createVariables()
        .putValue("approvalPath", approvalPath)
        .putValue("ciType", ciType)
        .putValue("risk", risk))
        .collectEntries("approverGroup");
  }

  private static Object votingRule(String risk) {
    Map<String, Object> result = evaluate(cabVotingRule, Variables.createVariables()
        .putValue("risk", risk));
    assertThat(result).containsOnlyKeys("votingRule");
    return result.get("votingRule");
  }
}
