package io.opsflow.incident;

import java.util.HashMap;
import java.util.Map;

/**
 * What opens an incident, whoever opens it (the API, the alert receiver, a failed change's backout,
 * a failed backup test): the typed way into the incident process.
 *
 * @param impact and {@code urgency}: high, medium or low
 * @param category one of {@link io.opsflow.platform.Inputs#CATEGORIES}
 * @param affectedCi the CMDB item, or null
 * @param reporter the user who reported it, or null (then nobody is told of its resolution)
 */
public record IncidentRequest(String summary, String description, String impact, String urgency, String category,
    String affectedCi, String reporter) {

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(IncidentVariables.SUMMARY, summary);
    variables.put(IncidentVariables.DESCRIPTION, description);
    variables.put(IncidentVariables.IMPACT, impact);
    variables.put(IncidentVariables.URGENCY, urgency);
    variables.put(IncidentVariables.CATEGORY, category);
    variables.put(IncidentVariables.AFFECTED_CI, affectedCi);
    variables.put(IncidentVariables.REPORTER, reporter);
    variables.values().removeIf(java.util.Objects::isNull);
    return variables;
  }
}
