package io.opsflow.change;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.IdempotentRequests;
import java.net.URI;
import java.util.Objects;
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
 * {@code POST /api/changes} submits an RFC (the contract's start variables) and answers with its
 * number once registered; {@code GET /api/changes/{number}} reads the ticket with its items, votes
 * and phases.
 */
@RestController
record ChangeController(ChangeIntake intake, ChangeRecords records, IdentityService identity,
    IdempotentRequests idempotent) {

  @PostMapping("/api/changes")
  @io.opsflow.platform.web.StartsProcess(ChangeIds.PROCESS)
  ResponseEntity<?> submit(@RequestBody ChangeRequest rfc) {
    return idempotent.created("/api/changes", rfc, () -> intake.submit(rfc), ChangeIntake.Opened::changeNumber);
  }

  /** For its requester and the change roles; 404 for anyone else, as for an unknown number. */
  @GetMapping("/api/changes/{number}")
  ChangeRecords.Change change(@PathVariable String number) {
    Authentication user = identity.getCurrentAuthentication();
    return records.find(number)
        .filter(change -> Objects.equals(user.getUserId(), change.requester())
            || Roles.anyOf(user.getGroupIds(), Roles.CHANGE_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no change " + number));
  }
}
