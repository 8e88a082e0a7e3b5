package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * "Close incident": closes the ticket as confirmed with the reporter's satisfaction, or as closed
 * without confirmation when the reporter did not answer in time, and counts how often the same CI
 * and category failed in the last 30 days (and the earlier incidents of its alert group that it
 * recurs), for the problem decision.
 */
@Component("closeIncident")
record CloseIncidentDelegate(IncidentRecords records) implements IncidentVariables.Step {

  static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);

  @Override
  public void execute(IncidentVariables incident) {
    Instant now = EngineClock.now();
    boolean confirmed = Boolean.TRUE.equals(incident.get(CONFIRMED));
    records.closed(incident.get(INCIDENT_NUMBER), confirmed, confirmed ? incident.get(SATISFACTION) : null, now);
    incident.set(RECURRENCE_COUNT,
        records.recurrences(incident.get(INCIDENT_NUMBER), incident.get(AFFECTED_CI), incident.get(CATEGORY), now.minus(RECURRENCE_WINDOW)));
  }
}
