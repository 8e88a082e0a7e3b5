package io.opsflow.platform.model;

import io.opsflow.OpsFlowTestBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One deployment per model set; unchanged sets are not deployed again; broken files are named. */
@OpsFlowTest
class ModelDeployerTest extends OpsFlowTestBase {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures/deploy");

  @Autowired
  ModelDeployer deployer;
  @Autowired
  RepositoryService repository;
  @Autowired
  FormService forms;

  String name;
  Map<String, byte[]> models;

  @BeforeEach
  void freshDeploymentName() {
    name = "test-" + UUID.randomUUID();
    models = ModelWatcher.read(FIXTURES);
  }

  @Test
  void readsModelsUnderTheirFolderAndFileName() {
    assertThat(models).containsOnlyKeys("processes/DeployFixture.bpmn", "forms/DeployFixtureForm.form");
  }

  @Test
  void deploysProcessesAndFormsTogetherSoTheFormResolvesByDeployment() throws IOException {
    Deployment deployment = deployer.deploy(name, models).orElseThrow();

    assertThat(repository.getDeploymentResourceNames(deployment.getId()))
        .containsExactlyInAnyOrder("processes/DeployFixture.bpmn", "forms/DeployFixtureForm.form");
    String taskId = startFixtureIn(deployment);
    try (InputStream form = forms.getDeployedTaskForm(taskId)) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"DeployFixtureForm\"");
    }
  }

  @Test
  void unchangedModelsAreNotDeployedAgain() {
    deployer.deploy(name, models).orElseThrow();
    long deployments = repository.createDeploymentQuery().deploymentName(name).count();

    Optional<Deployment> again = deployer.deploy(name, new LinkedHashMap<>(models));

    assertThat(again).isEmpty();
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isEqualTo(deployments);
  }

  @Test
  void aChangedFormRedeploysTheWholeSetAsNewVersions() {
    Deployment first = deployer.deploy(name, models).orElseThrow();
    int version = repository.createProcessDefinitionQuery().deploymentId(first.getId()).singleResult().getVersion();
    Map<String, byte[]> changed = new LinkedHashMap<>(models);
    changed.put("forms/DeployFixtureForm.form", new String(models.get("forms/DeployFixtureForm.form"),
        StandardCharsets.UTF_8).replace("Notes", "Remarks").getBytes(StandardCharsets.UTF_8));

    Deployment second = deployer.deploy(name, changed).orElseThrow();

    assertThat(repository.getDeploymentResourceNames(second.getId())).hasSize(2);
    assertThat(repository.createProcessDefinitionQuery().deploymentId(second.getId()).singleResult().getVersion())
        .isEqualTo(version + 1);
  }

  @Test
  void xmlThatDoesNotParseIsRefusedNamingTheFile() {
    Map<String, byte[]> broken = new LinkedHashMap<>(models);
    broken.put("processes/Broken.bpmn", "<bpmn:definitions xmlns:bpmn=\"x\"><unclosed>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> deployer.deploy(name, broken))
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageStartingWith("Model processes/Broken.bpmn refused: ");
    assertThat(repository.createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  void aModelTheEngineRejectsIsRefusedNamingTheFile() {
    Map<String, byte[]> noTimeToLive = new LinkedHashMap<>(models);
    noTimeToLive.put("processes/DeployFixture.bpmn", new String(models.get("processes/DeployFixture.bpmn"),
        StandardCharsets.UTF_8).replace("camunda:historyTimeToLive=\"P1D\"", "").getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> deployer.deploy(name, noTimeToLive))
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageContaining("processes/DeployFixture.bpmn")
        .hasMessageContaining("History Time To Live");
  }

  @Test
  void aFormThatIsNotJsonIsRefusedNamingTheFile() {
    Map<String, byte[]> broken = new LinkedHashMap<>(models);
    broken.put("forms/DeployFixtureForm.form", "{ \"id\": ".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> deployer.deploy(name, broken))
        .isInstanceOf(ModelRefusedException.class)
        .hasMessageStartingWith("Model forms/DeployFixtureForm.form refused: ");
  }

  @Test
  void resourceNamesDoNotDependOnWhereTheFilesComeFrom() {
    // the classes folder, the fat jar and the working tree all yield folder/file
    assertThat(ModelDeployer.resourceName("processes", "IncidentManagement.bpmn"))
        .isEqualTo("processes/IncidentManagement.bpmn");
    assertThat(ModelDeployer.classpathModels().keySet()).allMatch(n -> n.matches("(processes|forms|dmn)/[^/]+"));
  }

  private String startFixtureIn(Deployment deployment) {
    String definitionId = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
        .singleResult().getId();
    ProcessInstance instance = runtime.startProcessInstanceById(definitionId);
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }
}
