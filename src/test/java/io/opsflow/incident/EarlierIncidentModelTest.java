package io.opsflow.incident;

import static io.opsflow.incident.IncidentVariables.EQUIPMENT_MODEL;
import static io.opsflow.incident.IncidentVariables.FAULT_CAUSE;
import static io.opsflow.incident.IncidentVariables.HAND_TO_REPAIR;
import static io.opsflow.incident.IncidentVariables.IMPACT;
import static io.opsflow.incident.IncidentVariables.PREVENTIVE_MEASURES;
import static io.opsflow.incident.IncidentVariables.REPORTER;
import static io.opsflow.incident.IncidentVariables.RESOLUTION_NOTES;
import static io.opsflow.incident.IncidentVariables.RESOLVED_AT_FIRST_CONTACT;
import static io.opsflow.incident.IncidentVariables.SUMMARY;
import static io.opsflow.incident.IncidentVariables.URGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An incident that was running when the model gained the fault report (1.2.0) still has its old
 * model's forms, which do not ask for one: it is resolved by its model's rules, not stuck; nor can it
 * hand a hardware fault to equipment repair (1.4.0).
 */
class EarlierIncidentModelTest extends OpsFlowTestBase {

  @Autowired
  RepositoryService repository;

  @Test
  void anIncidentOnModel110IsResolvedWithTheFormsOfItsModel() throws IOException {
    // the model and the decisions it was deployed with (decisions bind to their deployment)
    DeploymentBuilder deployment = repository.createDeployment().name("IncidentManagement 1.1.0 (test)");
    for (String name : List.of("IncidentManagement.bpmn", "IncidentPriority.dmn", "IncidentRouting.dmn",
        "IncidentSlaTargets.dmn", "ProblemTrigger.dmn")) {
      String legacy = "/legacy/" + name.replace(".", "-1.1.0.");
      try (InputStream xml = getClass().getResourceAsStream(legacy)) {
        deployment.addString(name, new String(xml.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Deployment earlier = deployment.deploy();
    try {
      ProcessDefinition model = repository.createProcessDefinitionQuery().deploymentId(earlier.getId()).singleResult();
      assertThat(model.getVersionTag()).isEqualTo("1.1.0");
      ProcessSteps steps = new ProcessSteps(engine);
      String onEarlier = runtime.startProcessInstanceById(model.getId(), Map.of(SUMMARY.name(), "Mouse pointer jumps",
          IMPACT.name(), "low", URGENCY.name(), "low", REPORTER.name(), "requester")).getId();
      steps.runJobs(onEarlier);

      steps.complete(onEarlier, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, true,
          RESOLUTION_NOTES, "Cleaned the optical sensor");
      String atTier = runtime.startProcessInstanceById(model.getId(), Map.of(SUMMARY.name(), "Server fan grinds",
          IMPACT.name(), "low", URGENCY.name(), "low", REPORTER.name(), "requester")).getId();
      steps.runJobs(atTier);
      steps.complete(atTier, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, false);
      assertThatThrownBy(() -> steps.complete(atTier, IncidentIds.RESOLVE_AT_TIER, HAND_TO_REPAIR, true,
          EQUIPMENT_MODEL, "PowerEdge R650")).as("its model has no hand-off to equipment repair")
          .hasMessageContaining("handToRepair came with model 1.4.0");

      assertThat(tasks.createTaskQuery().processInstanceId(onEarlier)
          .taskDefinitionKey(IncidentIds.CONFIRM_RESOLUTION).count()).isOne();
    } finally {
      repository.deleteDeployment(earlier.getId(), true, true);
    }
    String onCurrent = runtime.startProcessInstanceByKey(IncidentIds.PROCESS, Map.of(SUMMARY.name(), "Mouse pointer jumps",
        IMPACT.name(), "low", URGENCY.name(), "low", REPORTER.name(), "requester")).getId();
    new ProcessSteps(engine).runJobs(onCurrent);
    assertThatThrownBy(() -> new ProcessSteps(engine).complete(onCurrent, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION,
        RESOLVED_AT_FIRST_CONTACT, true, RESOLUTION_NOTES, "Cleaned the optical sensor"))
        .hasMessageContaining("faultCause");
  }

  /**
   * An incident running on 1.2.0 (one long row) is migrated, as Cockpit's migration does it, into
   * the phases of 1.3.0 and later: its first-contact task and the response timers on it move into the "First
   * contact" phase, which the migration starts, and the incident goes on by the new model.
   */
  @Test
  void anIncidentOnModel120MovesIntoThePhasesOfTheCurrentModel() throws IOException {
    ProcessDefinition current = repository.createProcessDefinitionQuery().processDefinitionKey(IncidentIds.PROCESS)
        .latestVersion().singleResult();
    assertThat(current.getVersionTag()).as("the phases came with 1.3.0; 1.4.0 added the hand-off to equipment repair and on-call paging, 1.5.0 the resolution timer during the repair").isEqualTo("1.5.0");
    DeploymentBuilder deployment = repository.createDeployment().name("IncidentManagement 1.2.0 (test)");
    try (InputStream xml = getClass().getResourceAsStream("/legacy/IncidentManagement-1.2.0.bpmn")) {
      deployment.addString("IncidentManagement.bpmn", new String(xml.readAllBytes(), StandardCharsets.UTF_8));
    }
    for (String name : List.of("IncidentPriority.dmn", "IncidentRouting.dmn", "IncidentSlaTargets.dmn", "ProblemTrigger.dmn")) {
      deployment.addString(name, Files.readString(Path.of("dmn", name)));
    }
    Deployment earlier = deployment.deploy();
    try {
      ProcessDefinition model = repository.createProcessDefinitionQuery().deploymentId(earlier.getId()).singleResult();
      assertThat(model.getVersionTag()).isEqualTo("1.2.0");
      ProcessSteps steps = new ProcessSteps(engine);
      String incident = runtime.startProcessInstanceById(model.getId(), Map.of(SUMMARY.name(), "Mouse pointer jumps",
          IMPACT.name(), "low", URGENCY.name(), "low", REPORTER.name(), "requester")).getId();
      steps.runJobs(incident);
      assertThat(steps.waitingAt(incident)).contains(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION);

      MigrationPlan plan = runtime.createMigrationPlan(model.getId(), current.getId())
          .mapActivities(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION)
          .mapActivities("Event_ResponseDue", "Event_ResponseDue")
          .mapActivities("Event_ResponseOverdue", "Event_ResponseOverdue")
          .build();
      runtime.newMigration(plan).processInstanceIds(incident).execute();

      assertThat(runtime.createProcessInstanceQuery().processInstanceId(incident).singleResult().getProcessDefinitionId())
          .isEqualTo(current.getId());
      assertThat(runtime.getActivityInstance(incident).getActivityInstances("SubProcess_FirstContact")).hasSize(1);
      steps.complete(incident, IncidentIds.TRY_FIRST_CONTACT_RESOLUTION, RESOLVED_AT_FIRST_CONTACT, true,
          RESOLUTION_NOTES, "Cleaned the optical sensor", FAULT_CAUSE, "Dust on the sensor",
          PREVENTIVE_MEASURES, "Sensors cleaned at each desk check");
      steps.runJobs(incident);
      assertThat(steps.waitingAt(incident)).contains(IncidentIds.CONFIRM_RESOLUTION);
    } finally {
      repository.deleteDeployment(earlier.getId(), true, true);
    }
  }
}
