package io.opsflow.oncall;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The teams a handover's start form offers: every role group but the requesters, by its queue's name. */
@Configuration(proxyBeanMethods = false)
class HandoverFormOptions {

  @Bean
  FormOptionSource handoverTeamOptions() {
    return FormOptionSource.of("handoverTeams", () -> Roles.ALL.stream()
        .filter(role -> !Roles.REQUESTER.equals(role.groupId()))
        .map(role -> new FormOption(role.queue() + " (" + role.groupId() + ")", role.groupId())).toList());
  }
}
