package io.opsflow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) under the same
 * {@link LoginThrottle} as HTTP Basic: 429 while the user and source (or the source) waits, the
 * password then unchecked; a 401 from Camunda counts as a failure, a success resets the user's key.
 * Technical users do not log in to the webapps at all (403).
 */
class WebappLoginFilter extends OncePerRequestFilter {

  private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");
  /** A login form is a user name and a password: anything longer is not one. */
  private static final int MAX_FORM = 16 * 1024;

  private final LoginThrottle throttle;

  WebappLoginFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !LOGIN.matcher(RequestPaths.of(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_FORM + 1);
    if (body.length > MAX_FORM) {
      ApiError.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "a login form is at most " + MAX_FORM + " bytes");
      return;
    }
    HttpServletRequest forwarded = new CachedBodyRequest(request, body);
    String user = body.length == 0 ? request.getParameter("username") : formValue(body, "username");
    if (user == null || user.isEmpty()) {
      chain.doFilter(forwarded, response); // Camunda answers a login without a user name
      return;
    }
    if (TechnicalUsers.isTechnical(user)) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "technical users do not log in to the webapps");
      return;
    }
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waiting(user, source);
    if (wait.isPresent()) {
      BasicAuthenticationFilter.tooManyAttempts(response, wait.get());
      return;
    }
    chain.doFilter(forwarded, response);
    int status = response.getStatus();
    if (status == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(user, source);
    } else if (status < 300) {
      throttle.succeeded(user, source);
    }
  }

  /** The first value of the name in an application/x-www-form-urlencoded body, or null. */
  static String formValue(byte[] body, String name) {
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      try {
        if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }
}
