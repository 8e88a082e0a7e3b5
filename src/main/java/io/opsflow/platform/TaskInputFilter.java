package io.opsflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards what people hand a process through its tasks, on {@code /engine-rest} and the webapps'
 * API. Completing a task ({@code complete}, {@code submit-form}, {@code resolve}) may carry the
 * editable fields of the task's form and nothing else: otherwise anyone who may work a task could
 * overwrite the variables that steer the process (a CAB member turning a change into an emergency,
 * an operator loosening a drill's targets); 400 names the foreign variable. Writing a task's
 * variables outside a completion (they land in the process) is closed: 403. A task's local
 * variables stay open, as they reach no process. Messages between OpsFlow's processes
 * ({@code /message}) are not for callers either: processes start at their start event.
 */
class TaskInputFilter extends OncePerRequestFilter {

  private static final Pattern COMPLETE = Pattern.compile(".*/task/([^/]+)/(?:complete|submit-form|resolve)$");
  private static final Pattern TASK_VARIABLES = Pattern.compile(".*/task/[^/]+/variables(?:/.*)?$");
  private static final Pattern MESSAGE = Pattern.compile(".*/message$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService forms;

  TaskInputFilter(FormService forms) {
    this.forms = forms;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    boolean writes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
        && !"OPTIONS".equals(request.getMethod());
    if (writes && MESSAGE.matcher(path).matches()) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "messages pass between OpsFlow's processes; start a process at its "
          + "start event (/process-definition/key/{key}/start) or through OpsFlow's API");
      return;
    }
    if (writes && TASK_VARIABLES.matcher(path).matches()) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "a task hands its variables to the process when it is completed "
          + "with its form; its local variables (/localVariables) stay open");
      return;
    }
    Matcher complete = COMPLETE.matcher(path);
    if (!"POST".equals(request.getMethod()) || !complete.matches()) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
    Set<String> fields = editableFields(complete.group(1));
    if (fields != null) {
      for (String name : variableNames(cached.body())) {
        if (!fields.contains(name)) {
          ApiError.write(response, HttpStatus.BAD_REQUEST, name + " is not a field of this task's form (these are: "
              + String.join(", ", fields.stream().sorted().toList()) + ")", name);
          return;
        }
      }
    }
    chain.doFilter(cached, response);
  }

  /** The keys of the task form's fields a person may fill; null when the task is not to be found here. */
  private Set<String> editableFields(String taskId) {
    try (InputStream form = forms.getDeployedTaskForm(taskId)) {
      Set<String> fields = new HashSet<>();
      collect(JSON.readTree(form).path("components"), fields);
      return fields;
    } catch (ProcessEngineException | IOException e) {
      return null; // unknown, not visible to the caller, or no form: the endpoint itself answers
    }
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
        continue; // shown, not submitted
      }
      if (component.hasNonNull("key")) {
        fields.add(component.get("key").asText());
      } else if (component.hasNonNull("path")) {
        fields.add(component.get("path").asText().split("\\.")[0]);
      } else {
        collect(component.path("components"), fields);
      }
    }
  }

  /** The variable names of Camunda's {"variables": {"name": {...}}}. */
  private static List<String> variableNames(byte[] body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode node = body.length == 0 ? null : JSON.readTree(body);
      if (node != null) {
        node.path("variables").fieldNames().forEachRemaining(names::add);
      }
    } catch (IOException e) {
      // not JSON: the endpoint itself answers
    }
    return names;
  }
}
