package io.opsflow.release;

import io.opsflow.incident.IncidentRegistered;
import io.opsflow.platform.EngineClock;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches production after a release: an incident registered on a configuration item of a release
 * in its watch period (reported by a person or opened from a monitoring alert) goes to that release
 * as {@code ReleaseIncidentReported}, which asks the release manager whether to roll back. A release
 * whose manager is deciding already just records it.
 */
@Component
class ReleaseWatch {

  private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatch.class);

  private final ReleaseRecords records;
  private final RuntimeService runtime;

  ReleaseWatch(ReleaseRecords records, RuntimeService runtime) {
    this.records = records;
    this.runtime = runtime;
  }

  @EventListener
  void incidentRegistered(IncidentRegistered incident) {
    if (incident.affectedCi() == null) {
      return;
    }
    Instant now = EngineClock.now();
    for (String release : records.watchedReleasesOf(incident.affectedCi(), now)) {
      records.event(release, "INCIDENT_REPORTED", incident.incidentNumber() + " on " + incident.affectedCi(), now);
      boolean asked = !runtime.createMessageCorrelation(ReleaseIds.INCIDENT_REPORTED).processInstanceBusinessKey(release)
          .setVariable(ReleaseVariables.INCIDENT_NUMBER, incident.incidentNumber()).correlateAllWithResult().isEmpty();
      LOG.info("Incident {} on {} during the watch of {}: {}", incident.incidentNumber(), incident.affectedCi(), release,
          asked ? "rollback decision asked" : "a rollback decision is already open");
    }
  }
}
