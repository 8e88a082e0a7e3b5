package io.opsflow.identity;

import io.opsflow.platform.web.TechnicalUsers;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, at every start and idempotently, the role groups, the administrator, the demo users
 * (demo profile only), the roles' authorizations and their Tasklist queues. Nodes sharing one
 * database run it one at a time under the engine's exclusive start-up lock.
 */
@Component
@Order(2)
class IdentitySetup implements ApplicationRunner {

  static final String DEMO_USER = "demo";
  static final String DEMO_PASSWORD = "demo";
  static final String ADMIN_USER = "admin";
  static final String ALERTMANAGER_USER = TechnicalUsers.ALERTMANAGER;
  static final String PROMETHEUS_USER = TechnicalUsers.PROMETHEUS;
  static final String INSPECTION_AGENT_USER = TechnicalUsers.INSPECTION_AGENT;
  static final String DISCOVERY_AGENT_USER = TechnicalUsers.DISCOVERY_AGENT;
  /** Marks the users this class creates for the demo, so that prod can remove them safely. */
  static final String DEMO_LAST_NAME = "(demo)";

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final IdentityService identity;
  private final RoleAuthorizations authorizations;
  private final TasklistQueues queues;
  private final boolean demo;
  private final String adminPassword;
  private final String alertmanagerPassword;
  private final String prometheusPassword;
  private final String inspectionAgentPassword;
  private final String discoveryAgentPassword;

  IdentitySetup(ProcessEngineConfigurationImpl engineConfiguration, RoleAuthorizations authorizations,
      TasklistQueues queues, @Value("${opsflow.demo.enabled}") boolean demo,
      @Value("${opsflow.admin.password:}") String adminPassword,
      @Value("${opsflow.alertmanager.password:}") String alertmanagerPassword,
      @Value("${opsflow.prometheus.password:}") String prometheusPassword,
      @Value("${opsflow.inspection-agent.password:}") String inspectionAgentPassword,
      @Value("${opsflow.discovery-agent.password:}") String discoveryAgentPassword) {
    this.engineConfiguration = engineConfiguration;
    this.identity = engineConfiguration.getIdentityService();
    this.authorizations = authorizations;
    this.queues = queues;
    this.demo = demo;
    this.adminPassword = adminPassword;
    this.alertmanagerPassword = alertmanagerPassword;
    this.prometheusPassword = prometheusPassword;
    this.inspectionAgentPassword = inspectionAgentPassword;
    this.discoveryAgentPassword = discoveryAgentPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
      context.getPropertyManager().acquireExclusiveLock();
      setUp();
      return null;
    });
  }

  void setUp() {
    ensureGroup(Roles.ADMIN_GROUP, "Camunda administrators", "SYSTEM");
    Roles.ALL.forEach(role -> ensureGroup(role.groupId(), role.name(), "WORKFLOW"));
    ensureAdmin();
    ensureGroup(Roles.MONITORING, "Monitoring systems", "SYSTEM");
    ensureTechnicalUser(ALERTMANAGER_USER, "Alertmanager", alertmanagerPassword, "OPSFLOW_ALERTMANAGER_PASSWORD",
        "Alertmanager cannot post alerts");
    ensureTechnicalUser(PROMETHEUS_USER, "Server", prometheusPassword, "OPSFLOW_PROMETHEUS_PASSWORD",
        "Prometheus cannot scrape /actuator/prometheus");
    ensureTechnicalUser(INSPECTION_AGENT_USER, "Inspection agent", inspectionAgentPassword,
        "OPSFLOW_INSPECTION_AGENT_PASSWORD", "no agent can post inspection readings");
    ensureTechnicalUser(DISCOVERY_AGENT_USER, "Discovery agent", discoveryAgentPassword,
        "OPSFLOW_DISCOVERY_AGENT_PASSWORD", "no discovery agent can post observations");
    if (demo) {
      Roles.ALL.forEach(role -> ensureDemoUser(role.groupId(), role.name(), List.of(role.groupId())));
      ensureDemoUser(DEMO_USER, "Demo", Roles.ALL.stream().map(Role::groupId).toList());
      LOG.warn("DEMO USERS ARE ACTIVE: every role group has a user of the same name with password "
          + "'{}', and user '{}' is in every group. Run with the prod profile in production.",
          DEMO_PASSWORD, DEMO_USER);
    } else {
      removeDemoUsers();
    }
    authorizations.grantAll();
    queues.createMissing();
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
    LOG.info("Created group {}", id);
  }

  private void ensureAdmin() {
    User admin = identity.createUserQuery().userId(ADMIN_USER).singleResult();
    if (admin == null) {
      admin = identity.newUser(ADMIN_USER);
      admin.setFirstName("OpsFlow");
      admin.setLastName("Administrator");
      admin.setPassword(adminPassword);
      identity.saveUser(admin);
      LOG.info("Created administrator '{}'", ADMIN_USER);
    } else if (System.getenv("OPSFLOW_ADMIN_PASSWORD") != null) {
      // the environment is the source of truth for the administrator's password
      admin.setPassword(adminPassword);
      identity.saveUser(admin);
    }
    ensureMember(ADMIN_USER, Roles.ADMIN_GROUP);
  }

  /**
   * A technical user of the monitoring group (Prometheus Alertmanager posting alerts, Prometheus
   * scraping the metrics), which calls only its own paths (platform.TechnicalUsers); without a
   * password it is removed, and what it does is off.
   */
  private void ensureTechnicalUser(String id, String lastName, String password, String variable, String consequence) {
    User user = identity.createUserQuery().userId(id).singleResult();
    if (password.isBlank()) {
      if (user != null) {
        identity.deleteUser(id); // no password left over from an earlier (demo) run
      }
      LOG.warn("{} is not set: {}", variable, consequence);
      return;
    }
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName("Prometheus");
      user.setLastName(lastName);
    }
    user.setPassword(password);
    identity.saveUser(user);
    ensureMember(id, Roles.MONITORING);
  }

  private void ensureDemoUser(String id, String firstName, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(DEMO_LAST_NAME);
      user.setEmail(id + "@opsflow.example");
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
    }
    groups.forEach(group -> ensureMember(id, group));
  }

  private void removeDemoUsers() {
    List<String> ids = new ArrayList<>(Roles.ALL.stream().map(Role::groupId).toList());
    ids.add(DEMO_USER);
    identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
        .filter(user -> DEMO_LAST_NAME.equals(user.getLastName()))
        .forEach(user -> {
          identity.deleteUser(user.getId());
          LOG.warn("Removed demo user '{}' left by an earlier demo run", user.getId());
        });
  }

  private void ensureMember(String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
