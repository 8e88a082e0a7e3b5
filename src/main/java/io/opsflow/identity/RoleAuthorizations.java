package io.opsflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * What each role may do. Every role uses Tasklist, reads users and groups (to hand work over) and
 * starts its own processes; the tasks themselves are granted by the engine to their candidate
 * groups. Cockpit roles read every definition and decision table, and the tickets (instances, tasks,
 * variables, history, decision evaluations) of the processes whose readers they are
 * ({@link Roles#READERS}), and change nothing. Only {@code camunda-admin} administers and deploys.
 */
@Component
record RoleAuthorizations(AuthorizationService authorizations) {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  void grantAll() {
    Grants grants = new Grants();
    for (Resources resource : Resources.values()) {
      grants.add(Roles.ADMIN_GROUP, resource, ANY, Permissions.ALL);
    }
    for (Role role : Roles.ALL) {
      String group = role.groupId();
      grants.add(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grants.add(group, Resources.USER, ANY, Permissions.READ);
      grants.add(group, Resources.GROUP, ANY, Permissions.READ);
      if (!role.starts().isEmpty()) {
        grants.add(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
      }
      for (String processKey : role.starts()) {
        grants.add(group, Resources.PROCESS_DEFINITION, processKey,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      if (role.cockpit()) {
        grants.add(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        grants.add(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grants.add(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grants.add(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.add(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
        Roles.READERS.forEach((processKey, readers) -> {
          if (readers.contains(group)) {
            grants.add(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
          }
        });
        Roles.DECISION_PROCESSES.forEach((decisionKey, processKey) -> {
          if (Roles.READERS.get(processKey).contains(group)) {
            grants.add(group, Resources.DECISION_DEFINITION, decisionKey, Permissions.READ, Permissions.READ_HISTORY);
          }
        });
      }
      revokeEveryTicket(group);
    }
    grants.byTarget.forEach((target, permissions) ->
        grant(target.group(), target.resource(), target.resourceId(), permissions.toArray(Permission[]::new)));
  }

  /**
   * Takes back what earlier versions granted every Cockpit role on every process (all instances,
   * tasks, history and decision evaluations): read rules are now per process ({@link Roles#READERS}).
   */
  private void revokeEveryTicket(String groupId) {
    revoke(groupId, Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ);
    revoke(groupId, Resources.TASK, TaskPermissions.READ);
    revoke(groupId, Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    revoke(groupId, Resources.DECISION_DEFINITION, Permissions.READ_HISTORY);
  }

  /** Removes the permissions from the group's grant on every resource of the type ({@code *}), if it holds them. */
  private void revoke(String groupId, Resource resource, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(ANY).singleResult();
    if (authorization == null || java.util.Arrays.stream(permissions).noneMatch(authorization::isPermissionGranted)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.removePermission(permission);
    }
    if (((AuthorizationEntity) authorization).getPermissions() == Permissions.NONE.getValue()) {
      authorizations.deleteAuthorization(authorization.getId());
    } else {
      authorizations.saveAuthorization(authorization);
    }
  }

  /** The permissions wanted, one entry per group and resource, as the engine stores them. */
  private static final class Grants {

    record Target(String group, Resource resource, String resourceId) {
    }

    final Map<Target, Set<Permission>> byTarget = new LinkedHashMap<>();

    void add(String group, Resource resource, String resourceId, Permission... permissions) {
      byTarget.computeIfAbsent(new Target(group, resource, resourceId), t -> new LinkedHashSet<>())
          .addAll(List.of(permissions));
    }
  }

  /** Grants the permissions to the group, adding to an existing grant rather than doubling it. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    } else if (hasAll(authorization, permissions)) {
      return;
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static boolean hasAll(Authorization authorization, Permission[] permissions) {
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        return false;
      }
    }
    return true;
  }
}
