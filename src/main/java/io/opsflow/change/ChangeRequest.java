package io.opsflow.change;

import static io.opsflow.change.ChangeVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request for change (RFC) as people and systems submit it: the typed way into the change
 * process. The window is ISO text with its offset ({@code 2026-12-05T22:00+08:00}), checked with the
 * rest of the RFC before anything is numbered.
 *
 * @param changeType standard, normal or emergency; null lets the classification decide from normal
 * @param affectedCis the CMDB ids of the items the change touches
 * @param problemNumber the problem the change fixes, or null
 */
public record ChangeRequest(String summary, String description, String changeType, List<String> affectedCis,
    String plannedStart, String plannedEnd, String backoutPlan, Boolean tested, Boolean urgent,
    String businessJustification, String problemNumber, Boolean shipsSoftware) {

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(SUMMARY.name(), summary);
    variables.put(DESCRIPTION.name(), description);
    variables.put(CHANGE_TYPE.name(), changeType);
    variables.put(AFFECTED_CIS.name(), affectedCis);
    variables.put(PLANNED_START.name(), plannedStart);
    variables.put(PLANNED_END.name(), plannedEnd);
    variables.put(BACKOUT_PLAN.name(), backoutPlan);
    variables.put(TESTED.name(), tested);
    variables.put(URGENT.name(), urgent);
    variables.put(BUSINESS_JUSTIFICATION.name(), businessJustification);
    variables.put(PROBLEM_NUMBER.name(), problemNumber);
    variables.put(SHIPS_SOFTWARE.name(), shipsSoftware);
    variables.values().removeIf(Objects::isNull);
    return variables;
  }
}
