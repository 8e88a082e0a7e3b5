package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes what Camunda 7.24 CE leaves open:
 * <ul>
 *   <li>task queries whose {@code orQueries} carry expression keys (CVE-2026-109432): 400 on
 *   {@code /engine-rest} and the webapps' {@code /camunda/api/engine}, wherever such a query is
 *   sent (task list, counts, filter queries, filter definitions);</li>
 *   <li>the admin set-up endpoint {@code /camunda/api/admin/setup} (CVE-2026-77226): 403;</li>
 *   <li>JSON bodies that do not parse (nested too deep, cut off, not JSON at all): 400, before the
 *   engine's REST would answer them with 500.</li>
 * </ul>
 */
class RestHardeningFilter extends OncePerRequestFilter {

  static final String SETUP_PATH = "/camunda/api/admin/setup/";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request) + "/";
    if (path.startsWith(SETUP_PATH)) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "the set-up endpoint is closed; administrators are created at start-up");
      return;
    }
    if (!hasJsonBody(request)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    JsonNode json;
    try {
      json = body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      ApiError.write(response, HttpStatus.BAD_REQUEST, "the body is not valid JSON: "
          + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()));
      return;
    }
    String field = find(json, false);
    if (field != null) {
      ApiError.write(response, HttpStatus.BAD_REQUEST,
          "expressions are not allowed in orQueries (" + field + ")");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Only JSON bodies carry queries; form posts (the webapps' login) must stay unread. */
  private static boolean hasJsonBody(HttpServletRequest request) {
    String method = request.getMethod();
    String type = request.getContentType();
    return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
        && type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  /** The first key ending in "Expression" inside an {@code orQueries} entry of the JSON, or null. */
  private static String find(JsonNode node, boolean insideOrQueries) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        String found = find(element, insideOrQueries);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (insideOrQueries && field.getKey().endsWith("Expression") && !field.getValue().isNull()) {
          return field.getKey();
        }
        String found = find(field.getValue(), insideOrQueries || "orQueries".equals(field.getKey()));
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
