package io.opsflow.platform.web;

import io.opsflow.platform.StartValidator;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Which filter guards which path; the webapps keep their own session login. */
@Configuration
class WebSecurityConfiguration {

  @Bean
  FilterRegistrationBean<RestHardeningFilter> restHardeningFilter() {
    FilterRegistrationBean<RestHardeningFilter> registration = new FilterRegistrationBean<>(new RestHardeningFilter());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 16); // callers authenticated first; the set-up path has no login
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestGuard> engineRestGuard(IdentityService identity, TaskService tasks,
      RepositoryService repository) {
    FilterRegistrationBean<EngineRestGuard> registration =
        new FilterRegistrationBean<>(new EngineRestGuard(identity, tasks, repository));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15); // after Basic authentication, before every other check
    return registration;
  }

  @Bean
  FilterRegistrationBean<StartValidationFilter> startValidationFilter(java.util.List<StartValidator> validators,
      ApplicationEventPublisher events) {
    FilterRegistrationBean<StartValidationFilter> registration =
        new FilterRegistrationBean<>(new StartValidationFilter(validators, events));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // after authentication: strangers learn nothing
    return registration;
  }

  @Bean
  FilterRegistrationBean<TaskInputFilter> taskInputFilter(FormService forms, TaskService tasks) {
    FilterRegistrationBean<TaskInputFilter> registration = new FilterRegistrationBean<>(new TaskInputFilter(forms, tasks));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21); // after authentication: it reads the task as the caller
    return registration;
  }

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> basicAuthenticationFilter(IdentityService identity,
      LoginThrottle throttle, RecentLogins recent) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(identity, throttle, recent));
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginFilter> webappLoginFilter(LoginThrottle throttle) {
    FilterRegistrationBean<WebappLoginFilter> registration = new FilterRegistrationBean<>(new WebappLoginFilter(throttle));
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before anything reads the login form
    return registration;
  }
}
