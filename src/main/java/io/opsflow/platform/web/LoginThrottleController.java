package io.opsflow.platform.web;

import io.opsflow.identity.Roles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/security/login-throttle}: the users and sources {@link LoginThrottle} counts
 * failed logins of on this node ({@code until}: while they wait), for administrators. Nobody is
 * locked out in Camunda's sense: a key waits at most the configured maximum delay.
 */
@RestController
record LoginThrottleController(LoginThrottle throttle, IdentityService identity) {

  private static final Set<String> ADMINS = Set.of(Roles.ADMIN_GROUP, Roles.OPS_ADMIN);

  @GetMapping("/api/security/login-throttle")
  Map<String, List<LoginThrottle.Entry>> throttled() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || !Roles.anyOf(caller.getGroupIds(), ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only administrators see the login throttle");
    }
    return Map.of("throttled", throttle.entries());
  }
}
