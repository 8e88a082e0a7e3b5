package io.opsflow.problem;

import io.opsflow.platform.process.StartVariables;
import java.util.List;
import java.util.Map;

/**
 * What opens a problem, whoever opens it (a problem manager over the API, an incident that asks
 * for one): the typed way into the problem process.
 *
 * @param category one of {@link io.opsflow.platform.Inputs#CATEGORIES}, or null (then other)
 * @param incidentNumbers the incidents it explains, or null
 * @param impact and {@code urgency}: high, medium or low, or null (then medium)
 * @param reporter the user id of the person who reported it to the service desk, or null (found proactively)
 */
public record ProblemRequest(String summary, String description, String category, String affectedCi,
    List<String> incidentNumbers, String impact, String urgency, String reporter) {

  /** The problem an incident asks for: it explains that incident, on the incident's CI and category. */
  public static ProblemRequest raisedBy(String incidentNumber, String summary, String category, String affectedCi) {
    return new ProblemRequest(summary, null, category, affectedCi, List.of(incidentNumber), null, null, null);
  }

  /** The process's start variables, those left out omitted. */
  Map<String, Object> variables() {
    return new StartVariables().with(ProblemVariables.SUMMARY, summary).with(ProblemVariables.DESCRIPTION, description)
        .with(ProblemVariables.CATEGORY, category).with(ProblemVariables.AFFECTED_CI, affectedCi)
        .with(ProblemVariables.INCIDENT_NUMBERS, incidentNumbers).with(ProblemVariables.IMPACT, impact)
        .with(ProblemVariables.URGENCY, urgency).with(ProblemVariables.REPORTER, reporter).map();
  }
}
