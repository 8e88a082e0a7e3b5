package io.opsflow.notification;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mail addresses of users and groups, from Camunda's identity service. */
@Component
public record Recipients(IdentityService identity) {

  public List<String> user(String userId) {
    if (userId == null) {
      return List.of();
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null ? List.of() : List.of(user.getEmail());
  }

  public List<String> group(String groupId) {
    return identity.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail).filter(Objects::nonNull).distinct().toList();
  }
}
