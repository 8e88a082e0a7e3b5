package io.opsflow.release;

import io.opsflow.incident.IncidentRegistered;
import io.opsflow.platform.process.EngineClock;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches production after a release: an incident registered on a configuration item of a release
 * in its watch period (reported by a person or opened from a monitoring alert) goes to that release
 * as {@code ReleaseIncidentReported}, which asks the release manager whether to roll back; one that
 * arrives while the manager is deciding is added to the incidents that decision is about. It runs
 * once the incident's registration has committed, in a transaction of its own: a release that
 * cannot be asked never holds back the registration of an incident (a P1 among them); it is logged.
 */
@Component
class ReleaseWatch {

  private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatch.class);

  private final ReleaseRecords records;
  private final RuntimeService runtime;
  private final TransactionTemplate ownTransaction;

  ReleaseWatch(ReleaseRecords records, RuntimeService runtime, PlatformTransactionManager transactions) {
    this.records = records;
    this.runtime = runtime;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void incidentRegistered(IncidentRegistered incident) {
    if (incident.affectedCi() == null) {
      return;
    }
    Instant now = EngineClock.now();
    for (String release : ownTransaction.execute(tx -> records.watchedReleasesOf(incident.affectedCi(), now))) {
      try {
        ownTransaction.executeWithoutResult(tx -> ask(release, incident, now));
      } catch (RuntimeException e) {
        LOG.error("Incident {} on {} could not be put to release {}: {}", incident.incidentNumber(),
            incident.affectedCi(), release, e.toString());
      }
    }
  }

  private void ask(String release, IncidentRegistered incident, Instant now) {
    records.event(release, "INCIDENT_REPORTED", incident.incidentNumber() + " on " + incident.affectedCi(), now);
    boolean asked = !runtime.createMessageCorrelation(ReleaseIds.INCIDENT_REPORTED).processInstanceBusinessKey(release)
        .setVariable(ReleaseVariables.INCIDENT_NUMBER.name(), incident.incidentNumber()).correlateAllWithResult().isEmpty();
    if (!asked) { // the release manager is deciding on earlier ones: this one joins them
      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ReleaseIds.PROCESS)
          .processInstanceBusinessKey(release).singleResult();
      if (instance != null) {
        Object earlier = runtime.getVariable(instance.getId(), ReleaseVariables.INCIDENT_NUMBER.name());
        runtime.setVariable(instance.getId(), ReleaseVariables.INCIDENT_NUMBER.name(),
            earlier == null ? incident.incidentNumber() : earlier + ", " + incident.incidentNumber());
      }
    }
    LOG.info("Incident {} on {} during the watch of {}: {}", incident.incidentNumber(), incident.affectedCi(), release,
        asked ? "rollback decision asked" : "added to the open rollback decision");
  }
}
