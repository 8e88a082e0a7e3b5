package io.opsflow.incident;

import io.opsflow.platform.process.StartVariables;
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
    return new StartVariables().with(IncidentVariables.SUMMARY, summary).with(IncidentVariables.DESCRIPTION, description)
        .with(IncidentVariables.IMPACT, impact).with(IncidentVariables.URGENCY, urgency)
        .with(IncidentVariables.CATEGORY, category).with(IncidentVariables.AFFECTED_CI, affectedCi)
        .with(IncidentVariables.REPORTER, reporter).map();
  }
}
