package io.opsflow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import io.opsflow.platform.DatabaseOutage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against Camunda's identity service for {@code /engine-rest},
 * {@code /api} and the actuator (but its health). The request runs as the user, with the user's
 * groups, so the engine enforces the same authorizations as in the webapps. A successful check is
 * kept for a few seconds ({@link RecentLogins}). Failed logins are counted by {@link LoginThrottle}
 * (429 while a user and source, or a source, waits; the password is then not checked), and a
 * {@link TechnicalUsers technical user} calls its own paths only.
 * Without credentials, a GET of what OpsFlow's pages beside Tasklist read ({@code /api/me…}, the
 * inspection statistics, the service-level report), and a document sent to
 * {@code /api/me/…/documents} with the webapps' CSRF token, run as the user logged into the webapps
 * in the same browser.
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

  private static final String REALM = "Basic realm=\"OpsFlow\", charset=\"UTF-8\"";

  private final IdentityService identity;
  private final LoginThrottle throttle;
  private final RecentLogins recent;

  BasicAuthenticationFilter(IdentityService identity, LoginThrottle throttle, RecentLogins recent) {
    this.identity = identity;
    this.throttle = throttle;
    this.recent = recent;
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
    RecentLogins.Login login = recent.find(userId, credentials[1]);
    if (login == null) {
      try {
        login = check(userId, credentials[1], source);
      } catch (RuntimeException e) {
        if (!DatabaseOutage.isCause(e)) {
          throw e;
        }
        response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        ApiError.write(response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE);
        return;
      }
      if (login == null) {
        response.setHeader("WWW-Authenticate", REALM);
        ApiError.write(response, HttpStatus.UNAUTHORIZED, "unknown user or wrong password");
        return;
      }
    }
    String path = RequestPaths.of(request);
    if (!TechnicalUsers.mayCall(userId, path)) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "the technical user '" + userId + "' may call only "
          + String.join(", ", TechnicalUsers.paths(userId)));
      return;
    }
    runAs(userId, login.groups(), login.tenants(), request, response, chain);
  }

  /** Checks the password against the identity service: the user's login, or null (counted as a failure). */
  private RecentLogins.Login check(String userId, String password, String source) {
    long since = recent.generation();
    if (!identity.checkPassword(userId, password)) {
      throttle.failed(userId, source);
      return null;
    }
    throttle.succeeded(userId, source);
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    return recent.remember(userId, password, groups, tenants, since);
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
   * What OpsFlow's pages beside the webapps read with the webapps' login (a path or, ending in
   * "/", a path and everything below it): My tickets, the inspection statistics, the service-level
   * report (each answers 403 to roles that may not read it).
   */
  static final List<String> SESSION_READS = List.of("/api/me", "/api/me/", "/api/inspections/statistics",
      "/api/reports/");

  /**
   * The user logged into the webapps in this browser, for the pages and Tasklist scripts OpsFlow
   * adds beside them (My tickets, the statistics and reports, documents on forms): for reading
   * {@link #SESSION_READS}, and for sending a document to {@code /api/me/…/documents} with the
   * webapps' CSRF token in {@code X-XSRF-TOKEN} (as Tasklist sends it to Camunda's own API), so
   * that a session cookie opens no other door of the API and another site cannot write through it.
   */
  private static UserAuthentication webappSessionUser(HttpServletRequest request) {
    String path = RequestPaths.of(request);
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    boolean read = "GET".equals(request.getMethod())
        && SESSION_READS.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
    boolean document = "POST".equals(request.getMethod()) && path.startsWith("/api/me/") && path.endsWith("/documents")
        && csrfTokenMatches(request, session);
    if (!read && !document) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    return authentications != null
        && authentications.getAuthenticationForProcessEngine("default") instanceof UserAuthentication user ? user : null;
  }

  /** Whether the request carries the CSRF token Camunda's filter gave this session. */
  private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
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
