package io.opsflow.governance;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The groups a policy may apply to, on its start form: every role group, by its queue's name. */
@Configuration(proxyBeanMethods = false)
class PolicyFormOptions {

  @Bean
  FormOptionSource policyGroupOptions() {
    return FormOptionSource.of("policyGroups", () -> Roles.ALL.stream()
        .map(role -> new FormOption(role.queue() + " (" + role.groupId() + ")", role.groupId())).toList());
  }
}
