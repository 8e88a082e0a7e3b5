package io.opsflow.incident;

import io.opsflow.platform.process.StartVariables;
import java.time.Instant;
import java.util.Map;

/**
 * What opens an incident, whoever opens it (the API, the alert receiver, a failed change's backout,
 * a failed backup test): the typed way into the incident process.
 *
 * @param impact and {@code urgency}: high, medium or low
 * @param category one of {@link io.opsflow.platform.Inputs#CATEGORIES}
 * @param affectedCi the CMDB item, or null
 * @param reporter the user who reported it, or null (then nobody is told of its resolution)
 * @param reporterPhone and {@code reporterEmail}: how to reach the reporter, or null
 * @param faultBeganAt when the fault began, or null: then the outage counts from the report
 */
public record IncidentRequest(String summary, String description, String impact, String urgency, String category,
    String affectedCi, String reporter, String reporterPhone, String reporterEmail, Instant faultBeganAt) {

  /** A request from a process or monitoring, which knows no contact details or start of the fault beyond the report. */
  public IncidentRequest(String summary, String description, String impact, String urgency, String category,
      String affectedCi, String reporter) {
    this(summary, description, impact, urgency, category, affectedCi, reporter, null, null, null);
  }

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    return new StartVariables().with(IncidentVariables.SUMMARY, summary).with(IncidentVariables.DESCRIPTION, description)
        .with(IncidentVariables.IMPACT, impact).with(IncidentVariables.URGENCY, urgency)
        .with(IncidentVariables.CATEGORY, category).with(IncidentVariables.AFFECTED_CI, affectedCi)
        .with(IncidentVariables.REPORTER, reporter).with(IncidentVariables.REPORTER_PHONE, reporterPhone)
        .with(IncidentVariables.REPORTER_EMAIL, reporterEmail).with(IncidentVariables.FAULT_BEGAN_AT, faultBeganAt)
        .map();
  }
}
