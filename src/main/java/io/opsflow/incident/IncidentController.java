package io.opsflow.incident;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.IdempotentRequests;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.process.EngineClock;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/incidents} reports an incident (the contract's start variables as JSON) and
 * answers with its number; {@code GET /api/incidents/{number}} reads the ticket with its phases.
 */
@RestController
record IncidentController(IncidentIntake intake, IncidentRecords records, IdentityService identity,
    IncidentMetrics metrics, IdempotentRequests idempotent) {

  record NewIncident(String summary, String description, String impact, String urgency, String category,
      String reporter, String affectedCi, String reporterPhone, String reporterEmail, String faultBeganAt) {
  }

  /** The ticket, its phases and the outage so far or in all (ISO-8601, from the fault's start or else the report). */
  record Ticket(IncidentRecords.Incident incident, List<IncidentRecords.Event> events, String outage) {
  }

  @PostMapping("/api/incidents")
  @io.opsflow.platform.web.StartsProcess(IncidentIds.PROCESS)
  ResponseEntity<?> report(@RequestBody NewIncident incident) {
    return idempotent.created("/api/incidents", incident, () -> reportOnce(incident), IncidentIntake.Opened::incidentNumber);
  }

  private IncidentIntake.Opened reportOnce(NewIncident incident) {
    String caller = identity.getCurrentAuthentication().getUserId();
    if (incident.reporter() != null && !incident.reporter().equals(caller)
        && identity.createUserQuery().userId(incident.reporter()).count() == 0) {
      throw Inputs.refuse(IncidentVariables.REPORTER.name(), "names no user of OpsFlow: " + incident.reporter());
    }
    IncidentIntake.Opened opened = intake.open(new IncidentRequest(incident.summary(), incident.description(),
        incident.impact(), incident.urgency(), incident.category(), incident.affectedCi(),
        incident.reporter() != null ? incident.reporter() : caller, incident.reporterPhone(), incident.reporterEmail(),
        Inputs.instant(Collections.singletonMap(IncidentVariables.FAULT_BEGAN_AT.name(), incident.faultBeganAt()),
            IncidentVariables.FAULT_BEGAN_AT.name())));
    metrics.opened(IncidentMetrics.API);
    return opened;
  }

  /** The ticket for its reporter and the roles that work incidents; 404 for anyone else, as for an unknown number. */
  @GetMapping("/api/incidents/{number}")
  Ticket ticket(@PathVariable String number) {
    Authentication caller = identity.getCurrentAuthentication();
    return records.find(number)
        .filter(incident -> caller.getUserId().equals(incident.reporter())
            || Roles.anyOf(caller.getGroupIds(), Roles.INCIDENT_READERS))
        .map(incident -> new Ticket(incident, records.events(number), incident.outage(EngineClock.now()).toString()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no incident " + number));
  }
}
