package io.opsflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.Http;
import io.opsflow.Jobs;
import io.opsflow.OpsFlowTestBase;
import io.opsflow.incident.IncidentIds;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A form the server refuses says why in a sentence: no task or definition id in what Tasklist shows. */
class FormSubmitErrorsTest extends OpsFlowTestBase {

  @Test
  void aTaskFormRefusedByTheServerSaysWhyWithoutTheTasksId() {
    String number = new Http(port).as("service-desk", "demo").post("/api/incidents", "{\"summary\":\"Refused form\"}")
        .json().get("incidentNumber").asText();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
    Jobs.runDue(engine.getManagementService(), instance);
    Task task = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).singleResult();
    tasks.claim(task.getId(), "service-desk");
    Http tasklist = new Http(port);
    tasklist.webappLogin("tasklist", "service-desk", "demo");

    Http.Response refused = tasklist.post("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
        "{\"variables\":{\"resolvedAtFirstContact\":{\"value\":true,\"type\":\"Boolean\"}}}");

    assertThat(refused.status()).isEqualTo(400);
    String message = refused.json().path("message").asText();
    assertThat(message).startsWith("Task not completed: ").doesNotContain(task.getId(), "Cannot submit task form");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();
  }
}
