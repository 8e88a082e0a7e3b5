package io.opsflow.continuity;

import java.util.HashMap;
import java.util.Map;

/**
 * What declares a disaster from another process (a major incident): the typed way into
 * DisasterRecovery, started by its message {@value DisasterIds#DISASTER_DECLARED_MESSAGE}.
 *
 * @param planId the DR plan in force to recover by
 * @param summary what happened
 * @param incidentNumber the incident that declared it
 */
public record DisasterRequest(String planId, String summary, String incidentNumber) {

  /** The process's start variables. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    RecoveryVariables.PLAN_ID.put(variables, planId);
    RecoveryVariables.SUMMARY.put(variables, summary);
    RecoveryVariables.INCIDENT_NUMBER.put(variables, incidentNumber);
    return variables;
  }
}
