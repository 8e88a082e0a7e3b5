package io.opsflow.platform.web;

import io.opsflow.identity.Roles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 403 to a caller who may not start the process of a {@link StartsProcess} endpoint, as
 * the engine would (create-instance on the definition and create on process instances), or who is
 * not among the writers of a {@link WrittenBy} endpoint, before Spring reads the body: the check
 * comes before any answer about the input.
 */
@Configuration
class EndpointPermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  EndpointPermissionInterceptor(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Authentication caller = identity.getCurrentAuthentication();
    StartsProcess starts = method.getMethodAnnotation(StartsProcess.class);
    if (starts != null && !mayStart(caller, starts.value())) {
      ApiError.write(response, HttpStatus.FORBIDDEN, "you may not start " + starts.value());
      return false;
    }
    WrittenBy writers = method.getMethodAnnotation(WrittenBy.class);
    if (writers != null && (caller == null || !Roles.anyOf(caller.getGroupIds(), writers.value().groups()))) {
      ApiError.write(response, HttpStatus.FORBIDDEN, writers.value().refusal());
      return false;
    }
    return true;
  }

  private boolean mayStart(Authentication caller, String processKey) {
    if (caller == null) {
      return false;
    }
    return authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
            ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, processKey)
        && authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
            Permissions.CREATE, Resources.PROCESS_INSTANCE);
  }
}
