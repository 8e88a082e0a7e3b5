package io.opsflow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against Camunda's identity service for {@code /engine-rest},
 * {@code /api} and the actuator (but its health). The request runs as the user, with the user's
 * groups, so the engine enforces the same authorizations as in the webapps. Failed logins are
 * counted by {@link LoginThrottle} (429 while a user and source, or a source, waits; the password
 * is then not checked), and a {@link TechnicalUsers technical user} calls its own paths only.
 * Without credentials, a GET of {@code /api/me…} runs as the user logged into the webapps in the
 * same browser, for OpsFlow's own pages beside Tasklist.
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

  private static final String REALM = "Basic realm=\"OpsFlow\", charset=\"UTF-8\"";

  private final IdentityService identity;
  private final LoginThrottle throttle;

  BasicAuthenticationFilter(IdentityService identity, LoginThrottle throttle) {
    this.identity = identity;
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader("Authorization"));
    UserAuthentication webappUser = credentials == null ? webappSessionUser(request) : null;
    if (webappUser != null) {
      runAs(webappUser.getIdentityId(), webappUser.getGroupIds(), webappUser.getTenantIds(), request, response, chain);
      return;
    }
    if (credentials == null) {
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        // a page's script asks without the browser's login dialog and says "log in" itself
        response.setHeader("WWW-Authenticate", REALM);
      }
      ApiError.write(response, HttpStatus.UNAUTHORIZED, "HTTP Basic credentials are required");
      return;
    }
    String userId = credentials[0];
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waiting(userId, source);
    if (wait.isPresent()) {
      tooManyAttempts(response, wait.get());
      return;
    }
    if (!identity.checkPassword(userId, credentials[1])) {
      throttle.failed(userId, source);
      response.setHeader("WWW-Authenticate", REALM);
      ApiError.write(response, HttpStatus.UNAUTHORIZED, "unknown user or wrong password");
      return;
    }
    throttle.succeeded(userId, source);
    String path = RequestPaths.of(request);
    if (!TechnicalUsers.mayCall(userId, path)) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "the technical user '" + userId + "' may call only "
          + String.join(", ", TechnicalUsers.paths(userId)));
      return;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    runAs(userId, groups, tenants, request, response, chain);
  }

  /** The rest of the request as the user, whose authorizations the engine then enforces. */
  private void runAs(String userId, List<String> groups, List<String> tenants, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    identity.setAuthentication(userId, groups, tenants);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * The user logged into the webapps in this browser, for the pages OpsFlow adds beside them ("My
   * tickets", the service-level report): only for reading {@code /api/me}, {@code /api/reports} and
   * below, so that a session cookie opens no other door of the API (and no write, which would need the
   * webapps' CSRF token); the report itself answers 403 to roles that may not read it.
   */
  private static UserAuthentication webappSessionUser(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    HttpSession session = request.getSession(false);
    if (!"GET".equals(request.getMethod()) || session == null
        || !(path.equals("/api/me") || path.startsWith("/api/me/") || path.startsWith("/api/reports/"))) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user ? user : null;
  }

  /** 429 with Retry-After (whole seconds, at least 1) and an {@link ApiError}. */
  static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", Long.toString(seconds));
    ApiError.write(response, HttpStatus.TOO_MANY_REQUESTS,
        "too many failed logins: try again in " + seconds + " s");
  }

  /** The user and password of a Basic authorization header, or null. */
  static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
  }
}
