package io.opsflow.release;

import io.opsflow.identity.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/releases/{number}}: the release record with its items and phases. */
@RestController
record ReleaseController(ReleaseRecords records, IdentityService identity) {

  /** For the roles that plan, build, approve and run changes and releases; 404 for anyone else. */
  @GetMapping("/api/releases/{number}")
  ReleaseRecords.Release release(@PathVariable String number) {
    return records.find(number)
        .filter(release -> Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), Roles.CHANGE_READERS))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + number));
  }
}
