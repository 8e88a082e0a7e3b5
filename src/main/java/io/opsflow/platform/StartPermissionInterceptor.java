package io.opsflow.platform;

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
 * the engine would (create-instance on the definition and create on process instances), before
 * Spring reads the body: the check comes before any answer about the input.
 */
@Configuration
class StartPermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  StartPermissionInterceptor(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).addPathPatterns("/api/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    StartsProcess starts = handler instanceof HandlerMethod method ? method.getMethodAnnotation(StartsProcess.class) : null;
    if (starts == null || mayStart(starts.value())) {
      return true;
    }
    ApiError.write(response, HttpStatus.FORBIDDEN, "you may not start " + starts.value());
    return false;
  }

  private boolean mayStart(String processKey) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return false;
    }
    return authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
            ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, processKey)
        && authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
            Permissions.CREATE, Resources.PROCESS_INSTANCE);
  }
}
