package io.opsflow.platform.web;

import io.opsflow.identity.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Deny by default on Camunda's REST ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}),
 * before any other OpsFlow check answers: a stranger gets 401 and learns nothing; a person in a
 * role may call what {@link EngineRestPolicy} lists and gets 403 for everything else;
 * administrators ({@code camunda-admin}) call everything. A task or process definition that does
 * not exist answers 404, whoever asks; where the engine answers 500 for the caller's fault (an id
 * of nothing, a field left out), OpsFlow answers 404 or 400 ({@link EngineErrors}).
 */
class EngineRestGuard extends OncePerRequestFilter {

  static final String ENGINE = "default";

  private static final Pattern TASK = Pattern.compile("/task/([^/]+)(/.*)?");
  private static final Pattern DEFINITION = Pattern.compile("/process-definition/(key/)?([^/]+)/(start|submit-form)");

  private final IdentityService identity;
  private final TaskService tasks;
  private final RepositoryService repository;

  EngineRestGuard(IdentityService identity, TaskService tasks, RepositoryService repository) {
    this.identity = identity;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** Who calls: the user and groups, or null for a stranger. */
  private record Caller(String userId, List<String> groupIds) {

    boolean administrator() {
      return groupIds.contains(Roles.ADMIN_GROUP);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = RequestPaths.of(request);
    String method = request.getMethod();
    String relative = EngineRestPolicy.relative(path);
    Caller caller = caller(request, path);
    if (caller == null && path.startsWith("/camunda/") && EngineRestPolicy.openToStrangersOfTheWebapps(method, relative)) {
      chain.doFilter(request, response);
      return;
    }
    if (caller == null) {
      ApiError.write(response, HttpStatus.UNAUTHORIZED, "log in first");
      return;
    }
    if (!caller.administrator() && !EngineRestPolicy.openToRole(caller.userId(), method, relative)) {
      ApiError.write(response, HttpStatus.FORBIDDEN, method + " " + relative
          + " is not open to your role (see EngineRestPolicy); OpsFlow's API (/api) serves what people need");
      return;
    }
    String missing = missing(relative);
    if (missing != null) {
      ApiError.write(response, HttpStatus.NOT_FOUND, missing);
      return;
    }
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    ApiError fault = answer.getStatus() == 500 ? EngineErrors.translate(answer.getContentAsByteArray()) : null;
    if (fault != null) {
      answer.resetBuffer();
      ApiError.write(answer, HttpStatus.valueOf(fault.status()), fault.message());
    }
    answer.copyBodyToResponse();
  }

  private Caller caller(HttpServletRequest request, String path) {
    if (path.startsWith("/engine-rest")) { // BasicAuthenticationFilter has authenticated the request
      Authentication current = identity.getCurrentAuthentication();
      return current == null ? null : new Caller(current.getUserId(), current.getGroupIds());
    }
    jakarta.servlet.http.HttpSession httpSession = request.getSession(false);
    Authentications session = httpSession == null ? null : AuthenticationUtil.getAuthsFromSession(httpSession);
    if (session == null
        || !(session.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
      return null;
    }
    return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
  }

  /** What a write names that does not exist, or null. */
  private String missing(String relative) {
    Matcher task = TASK.matcher(relative);
    if (task.matches() && !List.of("create", "count", "report").contains(task.group(1))
        && tasks.createTaskQuery().taskId(task.group(1)).count() == 0) {
      return "no task " + task.group(1);
    }
    Matcher definition = DEFINITION.matcher(relative);
    if (definition.matches()) {
      var query = repository.createProcessDefinitionQuery();
      long found = definition.group(1) != null ? query.processDefinitionKey(definition.group(2)).count()
          : query.processDefinitionId(definition.group(2)).count();
      if (found == 0) {
        return "no process definition " + definition.group(2);
      }
    }
    return null;
  }
}
