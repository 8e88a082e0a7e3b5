package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.*;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.TicketNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Register incident": gives the incident its number (once: an intake that numbered it already,
 * or an earlier attempt of this job, keeps its number; a caller's business key is never taken for
 * one) as business key, defaults the reporter to whoever started it, looks up the type of the
 * affected CI in the CMDB (for the L2 group), and writes the ticket record.
 * Publishes {@link IncidentRegistered} for whoever watches incidents on a configuration item.
 */
@Component("registerIncident")
record RegisterIncidentDelegate(TicketNumbers numbers, IncidentRecords records, ApplicationEventPublisher events, Cmdb cmdb)
    implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterIncidentDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.get(INCIDENT_NUMBER);
    if (number == null) { // numbered by OpsFlow's own intake, or now
      number = numbers.next(IncidentIds.PREFIX);
      incident.set(INCIDENT_NUMBER, number);
    }
    execution.setProcessBusinessKey(number);
    if (incident.get(REPORTER) == null || incident.get(REPORTER).isBlank()) { // the start form leaves it empty
      incident.set(REPORTER, incident.get(INITIATOR));
    }
    incident.set(AFFECTED_CI_TYPE, incident.get(AFFECTED_CI) == null ? null
        : cmdb.find(incident.get(AFFECTED_CI)).map(Cmdb.Item::type).orElse(null)); // for the L2 group
    records.register(new IncidentRecords.Registration(number, execution.getProcessInstanceId(), incident.get(SUMMARY),
        incident.get(DESCRIPTION), incident.get(CATEGORY), incident.get(IMPACT), incident.get(URGENCY),
        incident.get(AFFECTED_CI), incident.get(REPORTER), incident.get(REPORTER_PHONE), incident.get(REPORTER_EMAIL),
        incident.get(FAULT_BEGAN_AT), incident.get(ALERT_GROUP), incident.get(RECURRENCE_OF)),
        EngineClock.now());
    LOG.info("Incident {} registered: {}", number, incident.get(SUMMARY));
    events.publishEvent(new IncidentRegistered(number, incident.get(AFFECTED_CI), incident.get(SUMMARY)));
  }
}
