package io.opsflow.identity;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, with their groups and the Tasklist queues they see. */
@RestController
record MeController(IdentityService identity, FilterService filters) {

  record Me(String id, String firstName, String lastName, String email, List<String> groups, List<String> queues) {
  }

  @GetMapping("/api/me")
  Me me() {
    String userId = identity.getCurrentAuthentication().getUserId();
    User user = identity.createUserQuery().userId(userId).singleResult();
    List<String> groups = identity.createGroupQuery().groupMember(userId).orderByGroupId().asc().list()
        .stream().map(Group::getId).toList();
    // the filter query is authorization-checked: it lists only the caller's queues
    List<String> queues = filters.createTaskFilterQuery().orderByFilterName().asc().list()
        .stream().map(Filter::getName).toList();
    return new Me(userId, user.getFirstName(), user.getLastName(), user.getEmail(), groups, queues);
  }
}
