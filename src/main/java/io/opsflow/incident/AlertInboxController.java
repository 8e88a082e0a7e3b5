package io.opsflow.incident;

import io.opsflow.identity.Roles;
import io.opsflow.platform.BadRequestException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/alerts/inbox?state=failed|pending} lists the Alertmanager notifications given up
 * on (with their error) or still waiting; {@code POST /api/alerts/inbox/{id}/retry} gives a failed
 * one a fresh set of attempts. For the monitoring group and the operations administrators.
 */
@RestController
record AlertInboxController(AlertInbox inbox, IdentityService identity) {

  static final Set<String> READERS = Set.of(Roles.MONITORING, Roles.OPS_ADMIN, Roles.ADMIN_GROUP);
  static final int LIMIT = 500;

  @GetMapping("/api/alerts/inbox")
  List<AlertInbox.Listed> list(@RequestParam(defaultValue = "failed") String state) {
    allowed();
    try {
      return inbox.list(AlertInbox.State.valueOf(state.toUpperCase(Locale.ROOT)), LIMIT);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("state", "must be failed or pending, not " + state);
    }
  }

  @PostMapping("/api/alerts/inbox/{id}/retry")
  ResponseEntity<Map<String, Object>> retry(@PathVariable long id) {
    allowed();
    if (!inbox.retry(id)) {
      throw inbox.exists(id)
          ? new ResponseStatusException(HttpStatus.CONFLICT, "notification " + id + " has not failed")
          : new ResponseStatusException(HttpStatus.NOT_FOUND, "no notification " + id);
    }
    return ResponseEntity.accepted().body(Map.of("id", id, "state", "pending"));
  }

  private void allowed() {
    if (!Roles.anyOf(identity.getCurrentAuthentication().getGroupIds(), READERS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only monitoring and operations administrators see the alert inbox");
    }
  }
}
