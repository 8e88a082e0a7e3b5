package io.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query's authorization check and candidate check, rewritten as semi-joins (OpsFlow's
 * Task.xml): a user sees a task through a grant on the task, on its process definition or on '*',
 * through their own id or a group, and through nothing else; the revoke mode still applies; every
 * candidate criterion finds each task once; list, pages and count agree.
 */
class TaskQueryAuthorizationTest extends OpsFlowTestBase {

  private static final String PROCESS = "taskQueryAuthorizationProbe";

  @Autowired
  AuthorizationService authorizations;
  @Autowired
  ProcessEngineConfigurationImpl configuration;

  private Deployment deployment;
  private Task forA;
  private Task forB;
  private Task forAAndB;

  @BeforeEach
  void startOneTaskPerGroup() {
    deployment = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("work").camundaCandidateGroups("${groups}").endEvent().done())
        .deploy();
    forA = start("probe-a", "Alpha");
    forB = start("probe-b", "Bravo");
    forAAndB = start("probe-a,probe-b", "Charlie");
  }

  @AfterEach
  void removeProbe() {
    engine.getIdentityService().clearAuthentication();
    authorizations.createAuthorizationQuery().userIdIn("probe-user").list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true);
  }

  @Test
  void theTaskQueryRunsOpsFlowsMapping() {
    String resource = configuration.getSqlSessionFactory().getConfiguration()
        .getMappedStatement("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria")
        .getResource();

    assertThat(resource).contains(EngineConfiguration.OPSFLOW_TASK_MAPPING);
  }

  @Test
  void theGroupsHoldingGrantsAreReadByOpsFlowsStatementWithCamundasResult() {
    boolean postgres = "postgres".equals(configuration.getDatabaseType());
    assertThat(configuration.getDbSqlSessionFactory().mapStatement("selectAuthorizedGroupIds"))
        .as("OpsFlow's loose index scan on PostgreSQL, Camunda's own scan on H2")
        .isEqualTo(postgres ? EngineConfiguration.STATEMENTS.get("selectAuthorizedGroupIds") : "selectAuthorizedGroupIds");
    List<String> camunda = jdbc.sql("SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL")
        .query(String.class).list();
    try (var session = configuration.getSqlSessionFactory().openSession()) {
      List<String> opsflow = session.selectList(EngineConfiguration.STATEMENTS.get("selectAuthorizedGroupIds"));

      assertThat(opsflow).containsExactlyInAnyOrderElementsOf(camunda).contains("probe-a", "probe-b", "service-desk");
    }
  }

  @Test
  void aGroupSeesTheTasksOfferedToItAndNoOthers() {
    assertThat(visibleTo("probe-a")).containsExactly(forA.getId(), forAAndB.getId());
    assertThat(visibleTo("probe-b")).containsExactly(forB.getId(), forAAndB.getId());
    assertThat(visibleTo("probe-a", "probe-b")).containsExactly(forA.getId(), forB.getId(), forAAndB.getId());
    assertThat(visibleTo("probe-c")).isEmpty();
    assertThat(visibleTo()).isEmpty();
  }

  @Test
  void theAssigneeSeesTheirTaskThroughTheGrantTheAssignmentGave() {
    tasks.setAssignee(forB.getId(), "probe-user");

    assertThat(visibleTo()).containsExactly(forB.getId());
    assertThat(visibleTo("probe-a")).containsExactly(forA.getId(), forB.getId(), forAAndB.getId());
  }

  @Test
  void aGrantOnTheProcessDefinitionShowsEachOfItsTasks() {
    grant(Resources.PROCESS_DEFINITION, PROCESS, ProcessDefinitionPermissions.READ_TASK);

    assertThat(visibleTo()).containsExactly(forA.getId(), forB.getId(), forAAndB.getId());
  }

  @Test
  void aGrantOnEveryTaskShowsEachTask() {
    grant(Resources.TASK, Authorization.ANY, Permissions.READ);

    assertThat(visibleTo()).containsExactly(forA.getId(), forB.getId(), forAAndB.getId());
  }

  @Test
  void aGrantOfAnotherPermissionShowsNothing() {
    grant(Resources.TASK, forA.getId(), Permissions.UPDATE);
    grant(Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ);

    assertThat(visibleTo()).isEmpty();
  }

  @Test
  void aRevokeStillHidesTheTask() {
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("probe-user");
    revoke.setResource(Resources.TASK);
    revoke.setResourceId(forAAndB.getId());
    revoke.removePermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);

    assertThat(visibleTo("probe-a")).containsExactly(forA.getId());
  }

  @Test
  void theQueueQueriesTasklistMakesAgreeWithTheGrants() {
    authenticate("probe-a");
    try {
      TaskQuery queue = tasks.createTaskQuery().processDefinitionKey(PROCESS).taskCandidateGroup("probe-a")
          .includeAssignedTasks();
      assertThat(queue.count()).isEqualTo(2);
      assertThat(queue.orderByProcessVariable("summary", ValueType.STRING)
          .desc().list()).extracting(Task::getId).containsExactly(forAAndB.getId(), forA.getId());
      assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).or().taskCandidateGroup("probe-b")
          .taskAssignee("nobody").endOr().list()).extracting(Task::getId).containsExactly(forAAndB.getId());
      assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).processVariableValueEquals("summary", "Bravo")
          .count()).isZero();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void everyCandidateCriterionGivesEachTaskOnceInListPageAndCount() {
    tasks.addCandidateUser(forB.getId(), "probe-user");
    tasks.setAssignee(forA.getId(), "probe-assignee");
    authenticate("probe-a", "probe-b");
    try {
      assertQueue(q -> q.taskCandidateGroup("probe-a"), forAAndB);
      assertQueue(q -> q.taskCandidateGroup("probe-a").includeAssignedTasks(), forA, forAAndB);
      assertQueue(q -> q.taskCandidateGroupIn(List.of("probe-a", "probe-b")).includeAssignedTasks(), forA, forB, forAAndB);
      assertQueue(q -> q.taskCandidateGroupLike("probe-%").includeAssignedTasks(), forA, forB, forAAndB);
      assertQueue(q -> q.taskCandidateUser("probe-user"), forB);
      assertQueue(q -> q.withCandidateGroups().includeAssignedTasks(), forA, forB, forAAndB);
      assertQueue(q -> q.withCandidateUsers(), forB);
      assertQueue(q -> q.withoutCandidateUsers(), forAAndB);
      assertQueue(q -> q.withoutCandidateGroups());
      // the identity links stay joined where a criterion must hold on the same link as the candidates
      assertQueue(q -> q.taskCandidateGroup("probe-a").includeAssignedTasks().taskInvolvedUser("probe-assignee"), forA);
      // (Camunda's rule: forB's group and its candidate user are two links, and neither link is both)
      assertQueue(q -> q.taskCandidateGroup("probe-b").includeAssignedTasks().taskInvolvedUser("probe-user"));
      assertQueue(q -> q.or().taskCandidateGroup("probe-b").taskAssignee("probe-assignee").endOr(), forA, forB, forAAndB);
      // ordered by a variable: Camunda's DISTINCT stays
      assertQueue(q -> q.taskCandidateGroupIn(List.of("probe-a", "probe-b")).includeAssignedTasks()
          .orderByProcessVariable("summary", ValueType.STRING).asc(),
          forA, forB, forAAndB);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void aQueueIsReadInItsOrderWithoutDistinctOrJoiningTheIdentityLinks() {
    TaskQueryImpl queue = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroup("probe-a").includeAssignedTasks()
        .orderByTaskPriority().desc().orderByDueDate().asc();
    TaskQueryImpl withInvolvedUser = (TaskQueryImpl) tasks.createTaskQuery().taskCandidateGroup("probe-a")
        .taskInvolvedUser("probe-user");

    assertThat(sql("selectTaskByQueryCriteria", queue)).doesNotContainIgnoringCase("distinct")
        .doesNotContainIgnoringCase("join ACT_RU_IDENTITYLINK").containsIgnoringCase("RES.ID_ IN (SELECT I.TASK_ID_");
    assertThat(sql("selectTaskCountByQueryCriteria", queue)).doesNotContainIgnoringCase("distinct");
    assertThat(sql("selectTaskByQueryCriteria", withInvolvedUser)).containsIgnoringCase("distinct")
        .containsIgnoringCase("left join ACT_RU_IDENTITYLINK I");
  }

  @Test
  void opsFlowsMappingIsCamundasWithOnlyTheAuthorizationCheckAndTheRowShapeChanged() throws IOException {
    String camunda = resource(EngineConfiguration.CAMUNDA_TASK_MAPPING);
    String opsflow = resource(EngineConfiguration.OPSFLOW_TASK_MAPPING);
    String join = """
            <if test="authCheck.shouldPerformAuthorizatioCheck &amp;&amp; authCheck.authUserId != null">
              <if test="!authCheck.revokeAuthorizationCheckEnabled">   \s
                <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.authCheckJoinWithoutOnClause" />\s
                AUTH ON (AUTH.RESOURCE_ID_ ${authJoinStart} RES.ID_ ${authJoinSeparator} D.KEY_ ${authJoinSeparator} '*' ${authJoinEnd})
              </if>
            </if>
        """;
    String check = """
              <include refid="org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.contextualAuthorizationCheck" />\s
        """;
    assertThat(camunda).contains(join, check);

    String expected = camunda
        .replace(join, "    <!-- OpsFlow: no join with the authorization table here; see opsflowTaskAuthorizationCheck -->\n")
        .replace(check, "      <include refid=\"opsflowTaskAuthorizationCheck\" />\n")
        // the query's shape (opsflowQueryShape): DISTINCT and the identity links' join only where rows repeat
        .replace("""
                <include refid="org.camunda.bpm.engine.impl.persistence.entity.Commons.bindOrderBy"/>
                ${limitBefore}
                select ${distinct}
            """, """
                <include refid="org.camunda.bpm.engine.impl.persistence.entity.Commons.bindOrderBy"/>
                <include refid="opsflowQueryShape"/>
                <bind name="opsflowCounting" value="false"/>
                ${limitBefore}
                select <if test="!opsflowOneRowPerTask">${distinct}</if>
            """)
        .replace("""
                ${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}
                <include refid="selectTaskByQueryCriteriaSql"/>
                ${countDistinctAfterEnd}
            """, """
                <include refid="opsflowQueryShape"/>
                <bind name="opsflowCounting" value="true"/>
                <choose>
                  <when test="opsflowOneRowPerTask">select count(RES.ID_)</when>
                  <otherwise>${countDistinctBeforeStart} RES.ID_ ${countDistinctBeforeEnd}</otherwise>
                </choose>
                <include refid="selectTaskByQueryCriteriaSql"/>
                <if test="!opsflowOneRowPerTask">${countDistinctAfterEnd}</if>
            """)
        .replace("<if test=\"I_JOIN\">", "<if test=\"I_JOIN &amp;&amp; !opsflowCandidatesAsSemiJoin\">")
        .replace("""
                            and I.TYPE_ = 'candidate'
            """, """
                            <if test="opsflowCandidatesAsSemiJoin">
                              and RES.ID_ IN (SELECT I.TASK_ID_ FROM ${prefix}ACT_RU_IDENTITYLINK I WHERE 1 = 1
                            </if>
                            and I.TYPE_ = 'candidate'
            """)
        .replace("""
                            <if test="query.withCandidateUsers">
                              and I.USER_ID_ is not null
                            </if>
            """, """
                            <if test="query.withCandidateUsers">
                              and I.USER_ID_ is not null
                            </if>
                            <if test="opsflowCandidatesAsSemiJoin">
                              )
                            </if>
            """);
    String ours = opsflow.substring(0, opsflow.indexOf("\n  <!-- OpsFlow: the shape of the task query's rows"));
    assertThat(ours.strip()).isEqualTo(expected.strip().replaceFirst("</mapper>$", "").strip());
  }

  /** The probe's tasks the query finds: each once, in a list, in pages of one and in the count. */
  private void assertQueue(UnaryOperator<TaskQuery> criteria, Task... expected) {
    List<String> ids = Arrays.stream(expected).map(Task::getId).sorted().toList();
    assertThat(criteria.apply(probeTasks()).list()).extracting(Task::getId).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids);
    List<String> paged = new ArrayList<>();
    for (int page = 0; page <= ids.size(); page++) {
      criteria.apply(probeTasks()).listPage(page, 1).forEach(t -> paged.add(t.getId()));
    }
    assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    assertThat(criteria.apply(probeTasks()).count()).isEqualTo(ids.size());
  }

  private TaskQuery probeTasks() {
    return tasks.createTaskQuery().processDefinitionKey(PROCESS);
  }

  private String sql(String statement, TaskQueryImpl query) {
    return configuration.getSqlSessionFactory().getConfiguration()
        .getMappedStatement("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity." + statement)
        .getBoundSql(query).getSql().replaceAll("\\s+", " ");
  }

  private Task start(String groups, String summary) {
    String id = runtime.startProcessInstanceByKey(PROCESS,
        Variables.createVariables().putValue("groups", groups).putValue("summary", summary)).getId();
    return tasks.createTaskQuery().processInstanceId(id).singleResult();
  }

  /** The probe's tasks the user {@code probe-user} in the given groups sees; the count agrees. */
  private List<String> visibleTo(String... groups) {
    authenticate(groups);
    try {
      TaskQuery query = tasks.createTaskQuery().processDefinitionKey(PROCESS);
      List<String> ids = query.list().stream()
          .sorted(Comparator.comparing(t -> order(t.getId()))).map(Task::getId).toList();
      assertThat(tasks.createTaskQuery().processDefinitionKey(PROCESS).count()).isEqualTo(ids.size());
      return ids;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private int order(String taskId) {
    return taskId.equals(forA.getId()) ? 0 : taskId.equals(forB.getId()) ? 1 : 2;
  }

  private void authenticate(String... groups) {
    engine.getIdentityService().setAuthentication("probe-user", List.of(groups));
  }

  private void grant(Resources resource, String resourceId, org.camunda.bpm.engine.authorization.Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("probe-user");
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReflectUtil.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
