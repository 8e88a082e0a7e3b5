package io.opsflow.platform;

import io.opsflow.platform.model.ModelDeployer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsflow.RunningApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts OpsFlow as people do, from the fat jar and from the classes folder, on one database, and
 * restarts it: unchanged models create no new deployment, the start-up set-up doubles nothing.
 */
class RestartIT {

  @TempDir
  Path data;

  @Test
  void restartsFromTheJarAndFromTheClassesCreateNoNewDeploymentAndDoubleNothing() throws Exception {
    Map<String, Long> first;
    Set<String> deployed;
    JsonNode health;
    try (RunningApp app = RunningApp.fromJar(data)) {
      first = app.counts();
      deployed = app.latestDeploymentResources();
      health = app.health();
    }
    Map<String, Long> afterJarRestart;
    try (RunningApp app = RunningApp.fromJar(data)) {
      afterJarRestart = app.counts();
    }
    Map<String, Long> afterClassesStart;
    try (RunningApp app = RunningApp.fromClasses(data)) {
      afterClassesStart = app.counts();
    }

    assertThat(deployed).isEqualTo(new TreeSet<>(ModelDeployer.classpathModels().keySet()));
    assertThat(afterJarRestart).isEqualTo(first);
    assertThat(afterClassesStart).isEqualTo(first);
    assertThat(first.get("filter")).isGreaterThanOrEqualTo(25);
    assertThat(health.get("status").asText()).isEqualTo("UP");
    for (String component : List.of("processEngine", "jobExecutor", "db")) {
      assertThat(health.get("components").get(component).get("status").asText()).as(component).isEqualTo("UP");
    }
  }
}
