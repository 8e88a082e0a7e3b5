package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Close incident": closes the ticket with the reporter's satisfaction (unknown when the reporter
 * did not answer) and counts how often the same CI and category failed in the last 30 days (and
 * the earlier incidents of its alert group that it recurs), for the problem decision.
 */
@Component("closeIncident")
record CloseIncidentDelegate(IncidentRecords records) implements IncidentVariables.Step {

  static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);

  @Override
  public void execute(IncidentVariables incident) {
    Instant now = EngineClock.now();
    records.closed(incident.get(INCIDENT_NUMBER), incident.get(SATISFACTION), now);
    incident.set(RECURRENCE_COUNT,
        records.recurrences(incident.get(INCIDENT_NUMBER), incident.get(AFFECTED_CI), incident.get(CATEGORY), now.minus(RECURRENCE_WINDOW)));
  }
}
