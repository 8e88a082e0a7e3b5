package io.opsflow.platform.web;

import io.opsflow.platform.BadRequestException;
import io.opsflow.platform.StartValidator;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards process starts through {@code /engine-rest} and the webapps' API
 * ({@code .../process-definition/key/K/start}, {@code .../process-definition/K:v:id/submit-form}):
 * no start may begin in the middle of a model or skip its listeners (Camunda grants that to
 * anyone who may start the process, which would bypass every check the model makes), and the
 * {@link StartValidator}s answer bad input with 400 naming the field. Nothing starts then. A start
 * the engine answers with success is published as {@link ProcessStartedOverRest}.
 */
class StartValidationFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/:]+)|([^/:]+):[^/]+)(?:/tenant-id/[^/]+)?/(?:start|submit-form)$");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Start options that would let a caller begin mid-model or bypass its listeners and mappings. */
  private static final List<String> REFUSED_OPTIONS = List.of("startInstructions", "skipCustomListeners", "skipIoMappings");

  private final Map<String, StartValidator> validators = new HashMap<>();
  private final ApplicationEventPublisher events;

  StartValidationFilter(List<StartValidator> validators, ApplicationEventPublisher events) {
    validators.forEach(v -> this.validators.put(v.processKey(), v));
    this.events = events;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    Matcher start = START.matcher(path);
    if (!"POST".equals(request.getMethod()) || !start.matches()) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    JsonNode body = json(cached.body());
    for (String option : REFUSED_OPTIONS) {
      if (body.has(option) && !body.get(option).isNull() && !body.get(option).equals(JSON.getNodeFactory().booleanNode(false))) {
        ApiError.write(response, HttpStatus.BAD_REQUEST, "processes start at their start event, with all their checks",
            option);
        return;
      }
    }
    String processKey = start.group(1) != null ? start.group(1) : start.group(2);
    StartValidator validator = validators.get(processKey);
    try {
      if (validator != null) {
        Map<String, Object> variables = variables(body);
        for (String name : variables.keySet()) {
          if (!validator.startVariables().contains(name)) {
            throw new BadRequestException(name, "is not a start variable of " + validator.processKey()
                + " (these are: " + String.join(", ", validator.startVariables()) + ")");
          }
        }
        validator.check(variables);
      }
    } catch (BadRequestException e) {
      ApiError.write(response, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
      return;
    }
    chain.doFilter(cached, response);
    if (HttpStatus.valueOf(response.getStatus()).is2xxSuccessful()) {
      events.publishEvent(new ProcessStartedOverRest(processKey, path.startsWith("/camunda/api/engine/")));
    }
  }

  private static JsonNode json(byte[] body) {
    try {
      JsonNode node = body.length == 0 ? null : JSON.readTree(body);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      return JSON.createObjectNode(); // not JSON: the endpoint itself answers
    }
  }

  /** The plain values of Camunda's {"variables": {"name": {"value": ...}}}. */
  private static Map<String, Object> variables(JsonNode body) {
    Map<String, Object> values = new HashMap<>();
    body.path("variables").fields().forEachRemaining(field -> {
      JsonNode value = field.getValue().path("value");
      values.put(field.getKey(), value.isMissingNode() || value.isNull() ? null : JSON.convertValue(value, Object.class));
    });
    return values;
  }
}
