package io.opsflow.servicerequest;

import static io.opsflow.DecisionTables.*;
import static io.opsflow.servicerequest.ServiceRequestVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four decisions of the service request, rule by rule, as the files in dmn/ hold them:
 * evaluated on a standalone DMN engine, without Spring or a process engine.
 */
class ServiceRequestDecisionsTest {

  private static final DmnDecision serviceRequestPriority = parse("ServiceRequestPriority");
  private static final DmnDecision serviceRequestTargets = parse("ServiceRequestTargets");
  private static final DmnDecision serviceRequestApproval = parse("ServiceRequestApproval");
  private static final DmnDecision serviceRequestRouting = parse("ServiceRequestRouting");

  /** ServiceRequestPriority: first matching rule wins. */
  @ParameterizedTest(name = "a {0} {1} request is {2}")
  @CsvSource({
      "high, accounts, P2",
      "high, access, P2",
      "high, hardware, P3",
      "high, data, P3",
      "medium, access, P3",
      "medium, software, P3",
      "low, accounts, P4",
      "low, network, P4"})
  void priority(String urgency, String category, String priority) {
    Map<String, Object> result = evaluate(serviceRequestPriority, Variables.createVariables()
        .putValue(URGENCY.name(), urgency).putValue(CATEGORY.name(), category));
    assertThat(result).containsOnlyKeys(PRIORITY.name()).containsEntry(PRIORITY.name(), priority);
  }

  /** ServiceRequestTargets: one rule per priority, all on the business calendar. */
  @ParameterizedTest(name = "{0} is due within {1}")
  @CsvSource({"P2, P1D", "P3, P3D", "P4, P5D"})
  void targets(String priority, String target) {
    Map<String, Object> result = evaluate(serviceRequestTargets, Variables.createVariables()
        .putValue(PRIORITY.name(), priority));
    assertThat(result).containsEntry(FULFILMENT_TARGET.name(), target).containsEntry("calendar", "business");
  }

  /** ServiceRequestApproval: first matching rule wins. */
  @ParameterizedTest(name = "access {0} on a {1} CI, item asks {2}, cost {3}: {4}")
  @CsvSource({
      "standard, high, owner, 0, security",
      "privileged, high, both, 0, security",
      "privileged, low, owner, 0, manager-then-owner",
      "none, high, both, 0, manager-then-owner",
      "none, none, manager, 8000, manager-then-owner",
      "none, none, none, 5000, manager-then-owner",
      "standard, medium, owner, 0, owner",
      "none, none, manager, 0, manager",
      "none, none, manager, 3000, manager",
      "none, none, none, 1001, manager",
      "none, none, none, 1000, none",
      "none, high, none, 0, none"})
  void approval(String itemAccessLevel, String ciCriticality, String itemApproval, int cost, String path) {
    Map<String, Object> result = evaluate(serviceRequestApproval, Variables.createVariables()
        .putValue(ITEM_ACCESS_LEVEL.name(), itemAccessLevel).putValue(CI_CRITICALITY.name(), ciCriticality)
        .putValue(ITEM_APPROVAL.name(), itemApproval).putValue(COST.name(), cost));
    assertThat(result).containsOnlyKeys(APPROVAL_PATH.name()).containsEntry(APPROVAL_PATH.name(), path);
  }

  /** ServiceRequestRouting: first matching rule wins; the catalogue's group otherwise. */
  @ParameterizedTest(name = "a {0} request on a {1} goes to {3}")
  @CsvSource({
      "network, network-device, support-l2-network, support-l2-network",
      "access, network-device, security-officer, support-l2-network",
      "data, database, support-l2-database, support-l2-database",
      "access, database, support-l2-application, support-l2-database",
      "hardware, server, support-l2-desktop, support-l2-desktop",
      "network, none, support-l2-network, support-l2-network",
      "accounts, none, service-desk, service-desk"})
  void routing(String category, String ciType, String itemGroup, String group) {
    Map<String, Object> result = evaluate(serviceRequestRouting, Variables.createVariables()
        .putValue(CATEGORY.name(), category).putValue(CI_TYPE.name(), ciType)
        .putValue(ITEM_FULFILLING_GROUP.name(), itemGroup));
    assertThat(result).containsOnlyKeys(FULFILMENT_GROUP.name()).containsEntry(FULFILMENT_GROUP.name(), group);
  }

  @ParameterizedTest(name = "{0} keeps its history for seven years")
  @ValueSource(strings = {"ServiceRequestPriority", "ServiceRequestTargets", "ServiceRequestApproval",
      "ServiceRequestRouting"})
  void keepsHistorySevenYears(String decision) {
    assertKeepsHistorySevenYears(decision);
  }
}
