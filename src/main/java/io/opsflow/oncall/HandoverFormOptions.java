package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The teams a handover's start form offers: every role group, by its queue's name. */
@Configuration(proxyBeanMethods = false)
class HandoverFormOptions {

  @Bean
  FormOptionSource handoverTeamOptions() {
    return FormOptionSource.of("handoverTeams", () -> Roles.ALL.stream()
        .map(role -> new FormOption(role.queue() + " (" + role.groupId() + ")", role.groupId())).toList());
  }
}
