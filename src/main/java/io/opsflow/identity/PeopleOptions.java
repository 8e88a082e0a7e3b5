package io.opsflow.identity;

import io.opsflow.configuration.Cmdb;
import io.opsflow.platform.web.FormOptionSource;
import io.opsflow.platform.web.FormOptionSource.FormOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The people a form lets a person choose, by name, instead of typing a user id: everyone (the
 * reporter of an incident or a problem), the change implementers (with the members of the groups
 * owning configuration items, who may implement changes to their own items), the dev leads, the
 * developers and the testers. Each option reads "Full Name (user id)".
 */
@Configuration
class PeopleOptions {

  @Bean
  FormOptionSource userOptions(IdentityService identity) {
    return FormOptionSource.of("users", () -> options(identity.createUserQuery().orderByUserId().asc().list()));
  }

  @Bean
  FormOptionSource changeImplementerOptions(IdentityService identity, Cmdb cmdb) {
    return FormOptionSource.of("changeImplementers", () -> {
      Set<String> groups = new LinkedHashSet<>(List.of(Roles.CHANGE_IMPLEMENTER));
      cmdb.list(null, null).stream().map(Cmdb.Item::ownerGroup).filter(java.util.Objects::nonNull).forEach(groups::add);
      return members(identity, groups);
    });
  }

  @Bean
  FormOptionSource devLeadOptions(IdentityService identity) {
    return FormOptionSource.of("devLeads", () -> members(identity, List.of(Roles.DEV_LEAD)));
  }

  @Bean
  FormOptionSource developerOptions(IdentityService identity) {
    return FormOptionSource.of("developers", () -> members(identity, List.of(Roles.DEVELOPER)));
  }

  @Bean
  FormOptionSource testerOptions(IdentityService identity) {
    return FormOptionSource.of("testers", () -> members(identity, List.of(Roles.TESTER)));
  }

  private static List<FormOption> members(IdentityService identity, Collection<String> groups) {
    return options(groups.stream().flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
        .toList());
  }

  private static List<FormOption> options(List<User> users) {
    return users.stream().filter(distinctIds()).sorted(Comparator.comparing(User::getId))
        .map(user -> new FormOption(name(user) + " (" + user.getId() + ")", user.getId())).toList();
  }

  private static java.util.function.Predicate<User> distinctIds() {
    Set<String> seen = new java.util.HashSet<>();
    return user -> seen.add(user.getId());
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
