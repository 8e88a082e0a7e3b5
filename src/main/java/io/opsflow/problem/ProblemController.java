package io.opsflow.problem;

import io.opsflow.platform.web.IdempotentRequests;
import java.net.URI;
import io.opsflow.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
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
 * {@code POST /api/problems} records a proactive problem (the contract's start variables) and
 * answers once it is registered; {@code GET /api/problems/{number}} reads the ticket.
 */
@RestController
record ProblemController(ProblemIntake intake, ProblemRecords records, IdentityService identity,
    IdempotentRequests idempotent) {

  @PostMapping("/api/problems")
  @io.opsflow.platform.web.StartsProcess(ProblemIds.PROCESS)
  ResponseEntity<?> record(@RequestBody ProblemRequest problem) {
    return idempotent.created("/api/problems", problem, () -> intake.record(problem), ProblemIntake.Opened::problemNumber);
  }

  /** The ticket for the roles that work problems; 404 for anyone else, as for an unknown number. */
  @GetMapping("/api/problems/{number}")
  ProblemRecords.Problem ticket(@PathVariable String number) {
    return records.find(number)
        .filter(problem -> Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.PROBLEM_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no problem " + number));
  }
}
