package io.opsflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/** An analyst edits a model in the working tree; the running suite picks it up, or says why not. */
@OpsFlowTest
@ExtendWith(OutputCaptureExtension.class)
class ModelWatcherTest {

  @Autowired
  ModelDeployer deployer;
  @Autowired
  RepositoryService repository;

  @TempDir
  Path tree;
  String name;
  ModelWatcher watcher;
  int deployedVersion;

  @BeforeEach
  void checkoutWithDeployedModels() throws IOException {
    FileSystemUtils.copyRecursively(ModelDeployerTest.FIXTURES, tree);
    name = "watch-" + UUID.randomUUID();
    Map<String, byte[]> models = ModelWatcher.read(tree);
    deployer.deploy(name, models).orElseThrow();
    watcher = new ModelWatcher(deployer, tree, name);
    watcher.start(models);
    deployedVersion = latestVersion();
  }

  @Test
  void nothingChangedNothingDeployed() {
    watcher.poll();
    watcher.poll();

    assertThat(deployments()).isEqualTo(1);
  }

  @Test
  void aChangedFileIsRedeployedAsANewVersionOnceItHoldsStill(CapturedOutput output) throws IOException {
    edit("forms/DeployFixtureForm.form", "Notes", "Remarks");

    watcher.poll(); // seen, perhaps still being written
    assertThat(deployments()).isEqualTo(1);
    watcher.poll(); // unchanged since: deployed

    assertThat(deployments()).isEqualTo(2);
    assertThat(latestVersion()).isEqualTo(deployedVersion + 1);
    assertThat(output).contains("Redeployed models (changed: forms/DeployFixtureForm.form)");
  }

  @Test
  void aFileThatDoesNotParseIsRefusedInOneLineAndThePreviousVersionKeepsRunning(CapturedOutput output)
      throws IOException {
    edit("processes/DeployFixture.bpmn", "</bpmn:process>", "</bpmn:proces>");

    watcher.poll();
    watcher.poll();
    watcher.poll(); // refused once, not again and again

    assertThat(deployments()).isEqualTo(1);
    assertThat(latestVersion()).isEqualTo(deployedVersion);
    assertThat(output.getOut().lines().filter(l -> l.contains("refused"))).singleElement().asString()
        .contains("ERROR", "Model processes/DeployFixture.bpmn refused: ", "the previous version keeps running");

    edit("processes/DeployFixture.bpmn", "</bpmn:proces>", "</bpmn:process>");
    edit("processes/DeployFixture.bpmn", "Review fixture", "Review the fixture");
    watcher.poll();
    watcher.poll();

    assertThat(latestVersion()).isEqualTo(deployedVersion + 1);
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = tree.resolve(file);
    Files.writeString(path, Files.readString(path, StandardCharsets.UTF_8).replace(from, to), StandardCharsets.UTF_8);
  }

  private long deployments() {
    return repository.createDeploymentQuery().deploymentName(name).count();
  }

  private int latestVersion() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("DeployFixture")
        .deploymentId(repository.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc()
            .listPage(0, 1).get(0).getId())
        .singleResult().getVersion();
  }
}
