package io.opsflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.Http;
import io.opsflow.OpsFlowTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What each demo role sees and may do, asked over HTTP as that role. */
@OpsFlowTest
class RoleAccessTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentitySetup setup;
  @Autowired
  IdentityService identity;
  @Autowired
  FilterService filters;
  @Autowired
  AuthorizationService authorizations;

  @Test
  void everyRoleSeesItsOwnQueueAndMyTasksAndNoOtherRolesQueue() {
    for (Role role : Roles.ALL) {
      List<String> seen = filterNames(role.groupId());

      assertThat(seen).as(role.groupId()).contains(role.queue(), Roles.MY_TASKS);
      List<String> othersQueues = Roles.ALL.stream().filter(r -> r != role).map(Role::queue).toList();
      assertThat(seen).as(role.groupId()).doesNotContainAnyElementsOf(othersQueues);
    }
  }

  @Test
  void serviceDeskSeesItsQueueAndBreachingSla() {
    assertThat(filterNames("service-desk"))
        .containsExactlyInAnyOrder(Roles.MY_TASKS, "Service desk queue / 服务台队列", Roles.BREACHING_SLA);
  }

  @Test
  void l1SeesTheL1QueueButNotTheServiceDeskQueueNorBreachingSla() {
    assertThat(filterNames("support-l1")).containsExactlyInAnyOrder(Roles.MY_TASKS, "L1 queue / 一线支持队列");
  }

  @Test
  void theRequirementsAdministratorSeesTheirQueueAndBreachingSla() {
    assertThat(filterNames("requirements-admin"))
        .containsExactlyInAnyOrder(Roles.MY_TASKS, "Requirements admin queue / 需求管理员队列", Roles.BREACHING_SLA);
  }

  @Test
  void theDemoUserSeesEveryQueue() {
    assertThat(filterNames("demo")).containsAll(Roles.ALL.stream().map(Role::queue).toList())
        .contains(Roles.MY_TASKS, Roles.BREACHING_SLA);
  }

  @Test
  void meTellsTheCallerTheirGroupsAndQueues() {
    JsonNode me = new Http(port).as("cab", "demo").get("/api/me").json();

    assertThat(me.get("id").asText()).isEqualTo("cab");
    assertThat(me.get("groups")).extracting(JsonNode::asText).containsExactly("cab");
    assertThat(me.get("queues")).extracting(JsonNode::asText).containsExactlyInAnyOrder("CAB approvals / 变更咨询委员会审批", Roles.MY_TASKS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"process-owner", "ops-admin", "incident-manager", "change-manager", "requirements-admin"})
  void cockpitRolesLogIntoCockpit(String user) {
    assertThat(new Http(port).webappLogin("cockpit", user, "demo").status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"support-l1", "requester", "cab", "developer"})
  void workerRolesUseTasklistButNotCockpit(String user) {
    assertThat(new Http(port).webappLogin("tasklist", user, "demo").status()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("cockpit", user, "demo").status()).isEqualTo(403);
  }

  @Test
  void onlyTheAdministratorUsesAdmin() {
    assertThat(new Http(port).webappLogin("admin", "ops-admin", "demo").status()).isEqualTo(403);
    assertThat(new Http(port).webappLogin("admin", "admin", "admin").status()).isEqualTo(200);
  }

  @Test
  void rolesStartTheirOwnProcessesAndNothingElse() {
    assertThat(mayStart("requester", "IncidentManagement")).isTrue();
    assertThat(mayStart("service-desk", "IncidentManagement")).isTrue();
    assertThat(mayStart("problem-manager", "ProblemManagement")).isTrue();
    assertThat(mayStart("service-desk", "ProblemManagement")).as("a problem a user reported").isTrue();
    assertThat(mayStart("dr-coordinator", "DisasterRecoveryDrill")).isTrue();

    assertThat(mayStart("support-l1", "IncidentManagement")).isFalse();
    assertThat(mayStart("requester", "ProblemManagement")).isFalse();
    assertThat(mayStart("cab", "ChangeManagement")).isFalse();
    assertThat(mayStart("requirements-admin", "RequirementDelivery")).as("the requester raises it, the admin screens it")
        .isFalse();
  }

  @Test
  void onlyTheAdministratorDeploys() {
    for (Role role : Roles.ALL) {
      assertThat(authorizations.isUserAuthorized(role.groupId(), List.of(role.groupId()),
          Permissions.CREATE, Resources.DEPLOYMENT)).as(role.groupId()).isFalse();
    }
    assertThat(authorizations.isUserAuthorized("admin", List.of(Roles.ADMIN_GROUP),
        Permissions.CREATE, Resources.DEPLOYMENT)).isTrue();
  }

  @Test
  void setUpAgainChangesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long filterCount = filters.createFilterQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();

    setup.run(null);

    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
  }

  private boolean mayStart(String group, String processKey) {
    return authorizations.isUserAuthorized(group, List.of(group),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, processKey);
  }

  private List<String> filterNames(String user) {
    JsonNode list = new Http(port).as(user, "demo").get("/engine-rest/filter?resourceType=Task").json();
    List<String> names = new ArrayList<>();
    list.forEach(filter -> names.add(filter.get("name").asText()));
    return names;
  }
}
