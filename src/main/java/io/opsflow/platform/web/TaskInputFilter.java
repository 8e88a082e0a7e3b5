package io.opsflow.platform.web;

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
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards what people hand a process through its tasks, on {@code /engine-rest} and the webapps'
 * API. Completing a task ({@code complete}, {@code submit-form}, {@code resolve}) may carry the
 * editable fields of the task's form and nothing else: otherwise anyone who may work a task could
 * overwrite the variables that steer the process (a CAB member turning a change into an emergency,
 * an operator loosening a drill's targets); 400 names the foreign variable. Every other way of
 * writing variables, and messages between OpsFlow's processes, are closed to people in roles by
 * {@link EngineRestGuard}.
 */
class TaskInputFilter extends OncePerRequestFilter {

  private static final Pattern COMPLETE = Pattern.compile(".*/task/([^/]+)/(?:complete|submit-form|resolve)$");
  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormService forms;
  private final TaskService tasks;

  TaskInputFilter(FormService forms, TaskService tasks) {
    this.forms = forms;
    this.tasks = tasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    Matcher update = TASK.matcher(path);
    if ("PUT".equals(request.getMethod()) && update.matches()) {
      CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readAllBytes());
      String changed = changedBeyondDates(update.group(1), cached.body());
      if (changed != null) {
        ApiError.write(response, HttpStatus.BAD_REQUEST, changed + " of a task is the process's to set; a person changes "
            + "a task's due and follow-up dates here (and takes it with claim, hands it on with assignee or delegate)",
            changed);
        return;
      }
      chain.doFilter(cached, response);
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

  /**
   * The first field of a task update ({@code PUT /task/{id}}: Tasklist's date pickers send the
   * whole task) that differs from the task as it is, other than its due and follow-up dates; a
   * field left out counts, since the engine would clear it.
   */
  private String changedBeyondDates(String taskId, byte[] body) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    JsonNode update;
    try {
      update = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return null; // not JSON: the endpoint itself answers
    }
    if (task == null || update == null || !update.isObject()) {
      return null;
    }
    java.util.Map<String, Object> current = new java.util.LinkedHashMap<>();
    current.put("name", task.getName());
    current.put("description", task.getDescription());
    current.put("priority", task.getPriority());
    current.put("assignee", task.getAssignee());
    current.put("owner", task.getOwner());
    current.put("parentTaskId", task.getParentTaskId());
    current.put("caseInstanceId", task.getCaseInstanceId());
    current.put("tenantId", task.getTenantId());
    for (java.util.Map.Entry<String, Object> field : current.entrySet()) {
      JsonNode given = update.get(field.getKey());
      String value = given == null || given.isNull() ? null : given.asText();
      if (!java.util.Objects.equals(value, field.getValue() == null ? null : field.getValue().toString())) {
        return field.getKey();
      }
    }
    return null;
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
