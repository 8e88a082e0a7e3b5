package io.opsflow.platform.web;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTest;
import io.opsflow.incident.IncidentIds;
import io.opsflow.incident.IncidentVariables;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The side doors an attacker with a demo role found round the checks that completing a task and
 * starting a process enforce (issue 13), each closed: the engine's REST is deny by default.
 */
@OpsFlowTest
class EngineSideDoorsTest extends OpsFlowTestBase {

  @Test
  void aBpmnErrorCannotSteerATaskOrEndIt() {
    Task resolve = incidentAtL1("Mail server slow");
    String steering = "{\"errorCode\":\"x\",\"variables\":{\"currentTier\":{\"value\":\"support-l3\"},"
        + "\"priority\":{\"value\":\"P1\"}}}";

    Http.Response rest = new Http(port).as("support-l1", "demo")
        .post("/engine-rest/task/" + resolve.getId() + "/bpmnError", steering);
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "support-l1", "demo");
    Http.Response webapp = tasklist.post("/camunda/api/engine/engine/default/task/" + resolve.getId() + "/bpmnError",
        steering);
    Http.Response escalation = new Http(port).as("support-l1", "demo")
        .post("/engine-rest/task/" + resolve.getId() + "/bpmnEscalation", "{\"escalationCode\":\"x\"}");

    assertThat(rest.status()).isEqualTo(403);
    assertThat(webapp.status()).isEqualTo(403);
    assertThat(escalation.status()).isEqualTo(403);
    assertThat(engine.getTaskService().createTaskQuery().taskId(resolve.getId()).count()).as("task still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(resolve.getProcessInstanceId(), IncidentVariables.CURRENT_TIER.name()))
        .isEqualTo(IncidentIds.L1);
  }

  @Test
  void aFinishedIncidentCannotBeRestartedAtRaiseProblemRecord() {
    String finished = incidentAtL1("Backup job failed").getProcessInstanceId();
    engine.getRuntimeService().deleteProcessInstance(finished, "finished for the test");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(IncidentIds.PROCESS).latestVersion().singleResult().getId();
    long problems = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("ProblemManagement").count();

    Http.Response restart = new Http(port).as("incident-manager", "demo").post(
        "/engine-rest/process-definition/" + definition + "/restart",
        "{\"processInstanceIds\":[\"" + finished + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
            + IncidentIds.RAISE_PROBLEM + "\"}],\"skipCustomListeners\":true}");
    Http.Response modification = new Http(port).as("incident-manager", "demo").post(
        "/engine-rest/modification/execute", "{\"processDefinitionId\":\"" + definition + "\",\"instructions\":[]}");

    assertThat(restart.status()).isEqualTo(403);
    assertThat(modification.status()).isEqualTo(403);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("ProblemManagement").count()).isEqualTo(problems);
  }

  @Test
  void strangersOnTheWebappsApiLearnNothingAndUnknownIdsAreNotFound() {
    Http.Response start = new Http(port).post(
        "/camunda/api/engine/engine/default/process-definition/key/ChangeManagement/start",
        "{\"variables\":{\"summary\":{\"value\":\"x\"},\"affectedCis\":{\"value\":\"secret-db-99\"}}}");
    Http.Response form = new Http(port).post("/camunda/api/engine/engine/default/task/unknown-task/complete", "{}");

    assertThat(start.status()).isEqualTo(401);
    assertThat(start.body()).doesNotContain("secret-db-99", "configuration item");
    assertThat(form.status()).isEqualTo(401);

    Task resolve = incidentAtL1("Wiki down");
    Http l1 = new Http(port).as("support-l1", "demo");
    assertThat(l1.post("/engine-rest/task/unknown-task/complete", "{}").status()).isEqualTo(404);
    assertThat(l1.post("/engine-rest/task/" + resolve.getId().toUpperCase() + "/complete", "{}").status())
        .isEqualTo(404);
    assertThat(l1.post("/engine-rest/process-definition/key/NoSuchProcess/start", "{}").status()).isEqualTo(404);
    assertThat(l1.get("/engine-rest/task/unknown-task/variables").status()).isEqualTo(404);
  }

  @Test
  void malformedOrClosedRequestsAnswer4xxNever500() {
    Task resolve = incidentAtL1("Printer queue stuck");
    Http l1 = new Http(port).as("support-l1", "demo");
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    assertThat(l1.post("/engine-rest/task", deep).status()).isEqualTo(400);
    assertThat(l1.post("/engine-rest/condition", "{}").status()).isEqualTo(403);
    assertThat(l1.send("DELETE", "/engine-rest/task/" + resolve.getId(), null).status()).isEqualTo(403);
    assertThat(new Http(port).as("admin", "admin").post("/engine-rest/condition", "{}").status()).isEqualTo(404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(resolve.getId()).count()).isOne();
  }

  @Test
  void aTaskUpdateChangesItsDatesAndNothingElse() {
    Task resolve = incidentAtL1("Disk almost full");
    Http l1 = new Http(port).as("support-l1", "demo");
    com.fasterxml.jackson.databind.node.ObjectNode asShown =
        (com.fasterxml.jackson.databind.node.ObjectNode) l1.get("/engine-rest/task/" + resolve.getId()).json();
    asShown.retain("name", "description", "priority", "assignee", "owner", "delegationState", "due", "followUp",
        "parentTaskId", "caseInstanceId", "tenantId");

    asShown.put("followUp", "2031-01-06T09:00:00.000+0000");
    Http.Response dates = l1.put("/engine-rest/task/" + resolve.getId(), asShown.toString());
    asShown.put("priority", 100);
    Http.Response priority = l1.put("/engine-rest/task/" + resolve.getId(), asShown.toString());
    Http.Response blank = l1.put("/engine-rest/task/" + resolve.getId(), "{\"followUp\":null}");

    assertThat(dates.status()).as(dates.body()).isEqualTo(204);
    assertThat(priority.status()).isEqualTo(400);
    assertThat(priority.json().path("field").asText()).isEqualTo("priority");
    assertThat(blank.status()).isEqualTo(400);
    Task now = engine.getTaskService().createTaskQuery().taskId(resolve.getId()).singleResult();
    assertThat(now.getFollowUpDate()).isNotNull();
    assertThat(now.getPriority()).isEqualTo(resolve.getPriority());
    assertThat(now.getName()).isEqualTo("Resolve incident / 解决事件");
  }

  @Test
  void onlyAdministratorsCheckPasswords() {
    String guess = "{\"username\":\"admin\",\"password\":\"admin\"}";

    Http.Response byRole = new Http(port).as("support-l1", "demo").post("/engine-rest/identity/verify", guess);
    Http.Response byAdmin = new Http(port).as("admin", "admin").post("/engine-rest/identity/verify", guess);

    assertThat(byRole.status()).isEqualTo(403);
    assertThat(byRole.body()).doesNotContain("authenticated");
    assertThat(byAdmin.status()).isEqualTo(200);
  }

  @Test
  void aPersonChangesTheirOwnProfileOnly() {
    Http l1 = new Http(port).as("support-l1", "demo");

    assertThat(l1.put("/engine-rest/user/support-l2/profile",
        "{\"id\":\"support-l2\",\"firstName\":\"Mallory\"}").status()).isEqualTo(403);
    assertThat(engine.getIdentityService().createUserQuery().userId("support-l2").singleResult().getFirstName())
        .isNotEqualTo("Mallory");
  }

  @Test
  void whoeverTheIncidentApiRefusesReadsTheIncidentNowhereInTheEngine() {
    Task resolve = incidentAtL1("Payroll export fails");
    String instance = resolve.getProcessInstanceId();
    String number = (String) engine.getRuntimeService().getVariable(instance, IncidentVariables.INCIDENT_NUMBER.name());
    java.util.List<String> engineReads = java.util.List.of(
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/process-instance?processInstanceId=" + instance,
        "/engine-rest/process-instance?processInstanceIds=" + instance,
        "/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/history/task?processInstanceId=" + instance,
        "/engine-rest/history/activity-instance?processInstanceId=" + instance,
        "/engine-rest/history/decision-instance?processInstanceId=" + instance);

    for (String cockpitRole : java.util.List.of("knowledge-manager", "release-manager", "config-manager",
        "project-manager")) {
      Http role = new Http(port).as(cockpitRole, "demo");
      assertThat(role.get("/api/incidents/" + number).status()).as(cockpitRole).isEqualTo(404);
      for (String read : engineReads) {
        Http.Response answer = role.get(read);
        assertThat(answer.status()).as(cockpitRole + " " + read).isEqualTo(200);
        assertThat(answer.json()).as(cockpitRole + " " + read).isEmpty();
      }
      assertThat(role.get("/engine-rest/process-instance/" + instance + "/variables").status()).as(cockpitRole)
          .isIn(403, 404);
      assertThat(role.get("/engine-rest/task/" + resolve.getId()).status()).as(cockpitRole).isIn(403, 404);
    }
    Http incidentManager = new Http(port).as("incident-manager", "demo");
    assertThat(incidentManager.get("/api/incidents/" + number).status()).isEqualTo(200);
    for (String read : engineReads) {
      assertThat(incidentManager.get(read).json()).as("incident-manager " + read).isNotEmpty();
    }
  }

  @Test
  void anObjectVariableOfAnyJavaClassIsNeverRebuilt() {
    Task resolve = incidentAtL1("Share not mounted");
    String file = "{\"type\":\"Object\",\"value\":\"\\\"/etc/hostname\\\"\",\"valueInfo\":{\"objectTypeName\":"
        + "\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}";
    Http admin = new Http(port).as("admin", "admin");

    Http.Response byRole = new Http(port).as("support-l1", "demo")
        .put("/engine-rest/task/" + resolve.getId() + "/localVariables/file", file);
    admin.put("/engine-rest/task/" + resolve.getId() + "/localVariables/file", file);
    Http.Response readBack = admin.get("/engine-rest/task/" + resolve.getId() + "/localVariables/file");

    assertThat(byRole.status()).isEqualTo(403);
    assertThat(readBack.body()).doesNotContain("\"type\":\"Object\",\"value\":\"/etc/hostname\"");
    assertThat(readBack.status()).isNotEqualTo(200);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> engine.getTaskService().getVariableLocal(resolve.getId(), "file"))
        .hasMessageContaining("java.io.File");
    assertThat(engine.getRuntimeService().getVariable(resolve.getProcessInstanceId(), IncidentVariables.CURRENT_TIER.name()))
        .as("OpsFlow's own variables still read").isEqualTo(IncidentIds.L1);
  }

  /** A fresh incident at L1's "Resolve incident" task. */
  private Task incidentAtL1(String summary) {
    Http serviceDesk = new Http(port).as("service-desk", "demo");
    String instance = serviceDesk.post("/api/incidents", "{\"summary\":\"" + summary + "\",\"category\":\"software\"}")
        .json().path("processInstanceId").asText();
    Jobs.runDue(engine.getManagementService(), instance);
    Task firstContact = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    engine.getTaskService().complete(firstContact.getId(),
        java.util.Map.of(IncidentVariables.RESOLVED_AT_FIRST_CONTACT.name(), false));
    Jobs.runDue(engine.getManagementService(), instance);
    Task resolve = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(IncidentIds.RESOLVE_AT_TIER).singleResult();
    assertThat(engine.getRuntimeService().getVariable(instance, IncidentVariables.CURRENT_TIER.name())).isEqualTo(IncidentIds.L1);
    return resolve;
  }
}
