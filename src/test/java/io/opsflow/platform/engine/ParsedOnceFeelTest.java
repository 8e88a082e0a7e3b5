package io.opsflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.OpsFlowTestBase;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/**
 * The decision tables decide as Camunda's own FEEL engine decides, with every entry parsed once:
 * the same priorities for every impact and urgency, the same refusal of an entry that is not FEEL.
 */
class ParsedOnceFeelTest extends OpsFlowTestBase {

  private static final List<String> LEVELS = List.of("high", "medium", "low", "unknown");

  @Test
  void theEngineDecidesWithEntriesParsedOnce() {
    Object feel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration().getFeelEngine();
    assertThat(feel).isInstanceOf(ParsedOnceFeel.Engine.class);
  }

  @Test
  void thePriorityTableDecidesAsCamundasFeelDoesAndParsesEachEntryOnce() throws IOException {
    ParsedOnceFeel.Engine parsedOnce = new ParsedOnceFeel.Engine(null);
    DmnEngine opsflow = dmnEngine(parsedOnce);
    DmnEngine camunda = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision priorityByOpsFlow = priorityTable(opsflow);
    DmnDecision priorityByCamunda = priorityTable(camunda);

    List<Object> decided = new ArrayList<>();
    for (String impact : LEVELS) {
      for (String urgency : LEVELS) {
        Map<String, Object> inputs = Map.of("impact", impact, "urgency", urgency);
        Object expected = camunda.evaluateDecisionTable(priorityByCamunda, inputs).getResultList();
        Object actual = opsflow.evaluateDecisionTable(priorityByOpsFlow, inputs).getResultList();
        assertThat(actual).as(impact + " impact, " + urgency + " urgency").isEqualTo(expected);
        decided.add(actual);
      }
    }
    assertThat(decided).as("the table gave P1 to P4").asString().contains("P1", "P2", "P3", "P4");

    int parsed = parsedOnce.expressionsParsed();
    assertThat(parsed).isPositive();
    opsflow.evaluateDecisionTable(priorityByOpsFlow, Map.of("impact", "low", "urgency", "high"));
    assertThat(parsedOnce.expressionsParsed()).as("nothing parsed a second time").isEqualTo(parsed);
  }

  @Test
  void anEntryThatIsNotFeelIsRefusedWithCamundasMessageEveryTime() {
    ParsedOnceFeel.Engine parsedOnce = new ParsedOnceFeel.Engine(null);
    ScalaFeelEngine camunda = new ScalaFeelEngine(null);
    VariableContext variables = Variables.createVariables().putValue("impact", "high").asVariableContext();
    String broken = "\"high\",,";

    String camundasMessage = catchMessage(() -> camunda.evaluateSimpleUnaryTests(broken, "impact", variables));
    assertThat(camundasMessage).contains("failed to parse");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> parsedOnce.evaluateSimpleUnaryTests(broken, "impact", variables))
          .isInstanceOf(FeelException.class).hasMessage(camundasMessage);
    }
    assertThat(parsedOnce.evaluateSimpleUnaryTests("\"high\",\"low\"", "impact", variables)).isTrue();
    assertThat(parsedOnce.<Object>evaluateSimpleExpression("impact + \" impact\"", variables))
        .isEqualTo("high impact");
  }

  private static DmnEngine dmnEngine(ParsedOnceFeel.Engine feel) {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(() -> feel);
    return configuration.buildEngine();
  }

  private static DmnDecision priorityTable(DmnEngine dmn) throws IOException {
    try (InputStream table = new FileInputStream("dmn/IncidentPriority.dmn")) {
      return dmn.parseDecision("IncidentPriority", table);
    }
  }

  private static String catchMessage(Runnable evaluation) {
    try {
      evaluation.run();
    } catch (FeelException refused) {
      return refused.getMessage();
    }
    throw new AssertionError("Camunda's FEEL engine accepted the entry");
  }
}
