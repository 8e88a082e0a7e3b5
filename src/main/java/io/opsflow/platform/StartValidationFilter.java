package io.opsflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs the {@link StartValidator}s on process starts through {@code /engine-rest} and the
 * webapps' API ({@code .../process-definition/key/K/start}, {@code .../process-definition/K:v:id/submit-form}),
 * so that bad input is answered with 400 naming the field and starts nothing.
 */
class StartValidationFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/:]+)|([^/:]+):[^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, StartValidator> validators = new HashMap<>();

  StartValidationFilter(List<StartValidator> validators) {
    validators.forEach(v -> this.validators.put(v.processKey(), v));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher start = START.matcher(request.getRequestURI());
    StartValidator validator = !"POST".equals(request.getMethod()) || !start.matches() ? null
        : validators.get(start.group(1) != null ? start.group(1) : start.group(2));
    if (validator == null) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    try {
      validator.check(variables(cached.body()));
    } catch (BadRequestException e) {
      ApiError.write(response, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
      return;
    }
    chain.doFilter(cached, response);
  }

  /** The plain values of Camunda's {"variables": {"name": {"value": ...}}}. */
  private static Map<String, Object> variables(byte[] body) {
    Map<String, Object> values = new HashMap<>();
    if (body.length == 0) {
      return values;
    }
    try {
      JsonNode variables = JSON.readTree(body).path("variables");
      variables.fields().forEachRemaining(field -> {
        JsonNode value = field.getValue().path("value");
        values.put(field.getKey(), value.isMissingNode() || value.isNull() ? null : JSON.convertValue(value, Object.class));
      });
    } catch (IOException e) {
      // not JSON: the endpoint itself answers
    }
    return values;
  }
}
