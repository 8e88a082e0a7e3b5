package io.opsflow.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.opsflow.OpsFlowTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The repository's models hold together; the check itself catches each kind of mistake. */
@OpsFlowTest
class ModelConsistencyTest {

  @Autowired
  ModelBeanWhitelist beans;

  @Test
  void theRepositorysModelsHoldTogether() {
    List<String> findings = ModelConsistency.check(Path.of("."), beans.names()::contains);

    assertThat(findings).isEmpty();
  }

  @Test
  void theCheckFindsEveryKindOfMistake() {
    List<String> findings = ModelConsistency.check(Path.of("src/test/resources/fixtures/inconsistent"),
        beans.names()::contains);

    assertThat(findings).containsExactlyInAnyOrder(
        "forms/Misnamed.form: form id 'SomethingElse' differs from the file name",
        "dmn/Undated.dmn: decision Undated has no historyTimeToLive",
        "processes/Inconsistent.bpmn: process Inconsistent has no historyTimeToLive",
        "processes/Inconsistent.bpmn: process Inconsistent has no versionTag",
        "processes/Inconsistent.bpmn: sequenceFlow Flow_5 has no diagram shape",
        "processes/Inconsistent.bpmn: script task Activity_RunScript: scripts are not allowed",
        "processes/Inconsistent.bpmn: Activity_FillMissingForm refers to form 'NoSuchForm', which forms/ lacks",
        "processes/Inconsistent.bpmn: Activity_DecideMissing refers to decision 'NoSuchDecision', which dmn/ lacks",
        "processes/Inconsistent.bpmn: Activity_ReachDataSource delegates to '${dataSource}', "
            + "which is no bean the models may use");
  }
}
