package io.opsflow.governance;

import io.opsflow.identity.Roles;
import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The groups a policy may apply to, on its start form: every role group, by its queue's name; the
 * policies in force, on a deviation's start form: "POL-2026-000001 Machine room access".
 */
@Configuration(proxyBeanMethods = false)
class PolicyFormOptions {

  @Bean
  FormOptionSource policiesInForceOptions(PolicyRecords records) {
    return FormOptionSource.of("policiesInForce", () -> records.inForce().stream()
        .map(policy -> new FormOption(policy.policyNumber() + " " + policy.title(), policy.policyNumber())).toList());
  }

  @Bean
  FormOptionSource policyGroupOptions() {
    return FormOptionSource.of("policyGroups", () -> Roles.ALL.stream()
        .map(role -> new FormOption(role.queue() + " (" + role.groupId() + ")", role.groupId())).toList());
  }
}
