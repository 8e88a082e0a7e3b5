package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A form refused by the server says why in a sentence, without ids: Camunda's REST prefixes the
 * refusal of a submitted task or start form with the task's or definition's id ("Cannot submit
 * task form 12ed…: Task not completed: comment is required"), which Tasklist shows to the person
 * as it is. This drops that prefix from the answer of every {@code …/submit-form}, so the toast
 * reads "Task not completed: comment is required".
 */
@Component
public class FormSubmitErrors extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID_PREFIX = Pattern.compile(
      "^Cannot (?:submit task form|instantiate process definition) [^\\s:]+: ");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    byte[] body = answer.getContentAsByteArray();
    if (answer.getStatus() >= 400 && body.length > 0 && body[0] == '{') {
      JsonNode error = JSON.readTree(body);
      String message = error.path("message").asText("");
      String sentence = ID_PREFIX.matcher(message).replaceFirst("");
      if (!sentence.equals(message) && error instanceof ObjectNode object) {
        object.put("message", sentence);
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(object));
      }
    }
    answer.copyBodyToResponse();
  }
}
