package io.opsflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The decisions of dmn/ on a standalone DMN engine, without Spring or a process engine: what the
 * rule-by-rule decision tests evaluate.
 */
public final class DecisionTables {

  public static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private DecisionTables() {
  }

  /** The decision of that id, as the file dmn/ID.dmn holds it. */
  public static DmnDecision parse(String id) {
    try (InputStream in = Files.newInputStream(file(id))) {
      return ENGINE.parseDecision(id, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outputs of the one rule that matched. */
  public static Map<String, Object> evaluate(DmnDecision decision, VariableMap variables) {
    return ENGINE.evaluateDecisionTable(decision, variables).getSingleResult().getEntryMap();
  }

  /**
   * Every decision carries the tickets' retention as its history time to live (7 years, the default
   * of opsflow.retention.tickets, which is applied to it at deployment) and its version tag.
   */
  public static void assertKeepsHistorySevenYears(String id) {
    Decision decision = Dmn.readModelFromFile(file(id).toFile()).getModelElementById(id);
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P2555D");
    assertThat(decision.getVersionTag()).isEqualTo("1");
  }

  private static Path file(String id) {
    return Path.of("dmn", id + ".dmn");
  }
}
