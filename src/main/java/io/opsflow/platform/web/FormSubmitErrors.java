package io.opsflow.platform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A form refused by the server says why in a sentence, without ids: Camunda's REST prefixes the
 * refusal of a submitted task or start form with the task's or definition's id ("Cannot submit
 * task form 12ed…: Task not completed: comment is required"), which Tasklist shows to the person
 * as it is. This drops that prefix from the answer of every {@code …/submit-form}, so the toast
 * reads "Task not completed: comment is required".
 */
@Component
public class FormSubmitErrors extends JsonAnswerFilter {

  private static final Pattern ID_PREFIX = Pattern.compile(
      "^Cannot (?:submit task form|instantiate process definition) [^\\s:]+: ");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/submit-form");
  }

  @Override
  protected boolean rewrite(int status, JsonNode error) {
    String message = error.path("message").asText("");
    String sentence = ID_PREFIX.matcher(message).replaceFirst("");
    if (status < 400 || sentence.equals(message) || !(error instanceof ObjectNode object)) {
      return false;
    }
    object.put("message", sentence);
    return true;
  }
}
