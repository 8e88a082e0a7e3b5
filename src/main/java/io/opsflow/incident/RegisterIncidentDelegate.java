package io.opsflow.incident;

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
 * one) as business key, defaults the reporter to whoever started it, and writes the ticket record.
 * Publishes {@link IncidentRegistered} for whoever watches incidents on a configuration item.
 */
@Component("registerIncident")
class RegisterIncidentDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterIncidentDelegate.class);

  private final TicketNumbers numbers;
  private final IncidentRecords records;
  private final ApplicationEventPublisher events;

  RegisterIncidentDelegate(TicketNumbers numbers, IncidentRecords records, ApplicationEventPublisher events) {
    this.numbers = numbers;
    this.records = records;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IncidentVariables incident = IncidentVariables.of(execution);
    String number = incident.incidentNumber();
    if (number == null) { // numbered by OpsFlow's own intake, or now
      number = numbers.next(IncidentIds.PREFIX);
      incident.set(IncidentVariables.INCIDENT_NUMBER, number);
    }
    execution.setProcessBusinessKey(number);
    if (incident.reporter() == null || incident.reporter().isBlank()) { // the start form leaves it empty
      incident.set(IncidentVariables.REPORTER, incident.initiator());
    }
    records.register(number, execution.getProcessInstanceId(), incident, EngineClock.now());
    LOG.info("Incident {} registered: {}", number, incident.summary());
    events.publishEvent(new IncidentRegistered(number, incident.affectedCi(), incident.summary()));
  }
}
