package io.opsflow.platform.model;

import io.opsflow.platform.ProbeCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.OpsFlowTest;
import java.util.List;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Models reach OpsFlow's delegates and {@link ModelBean}s, nothing else of the application. The probes
 * are test beans of the shared application context ({@link ProbeDelegate}, {@link ProbeCalendar}).
 */
@OpsFlowTest
class ModelBeanWhitelistTest {

  @Autowired
  ProcessEngineConfigurationImpl engine;
  @Autowired
  ModelBeanWhitelist whitelist;

  private Object evaluate(String expression) {
    return engine.getCommandExecutorTxRequired().execute(context -> engine.getExpressionManager()
        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }

  @Test
  void delegatesAndModelBeansResolve() {
    assertThat(evaluate("${probeDelegate}")).isInstanceOf(ProbeDelegate.class);
    assertThat(evaluate("${probeCalendar.zone()}")).isEqualTo("UTC");
    assertThat(whitelist.names()).contains("probeDelegate", "probeCalendar");
  }

  @Test
  void otherBeansAreOutOfReach() {
    assertThat(whitelist.names()).doesNotContain("dataSource", "identityService", "ticketNumbers");
    assertThatThrownBy(() -> evaluate("${dataSource.connection}")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("dataSource");
    assertThatThrownBy(() -> evaluate("${identityService.createUserQuery().list()}"))
        .isInstanceOf(ProcessEngineException.class);
    assertThatThrownBy(() -> evaluate("${environment.getProperty('opsflow.admin.password')}"))
        .isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void noGeneralPurposeScriptEngineIsOnTheClasspath() {
    // FEEL (for DMN) and the engine's own JUEL register as JSR-223 engines; no general language does
    assertThat(new ScriptEngineManager().getEngineFactories().stream().flatMap(f -> f.getNames().stream()))
        .doesNotContainAnyElementsOf(List.of("js", "javascript", "JavaScript", "nashorn", "graal.js",
            "groovy", "Groovy", "python", "jython", "ruby", "jruby", "kotlin"));
  }

  @Test
  void theEngineRunsNoScriptInAnyLanguage() {
    for (String language : new String[] {"feel", "juel", "javascript", "groovy", "python"}) {
      assertThatThrownBy(() -> engine.getCommandExecutorTxRequired()
          .execute(context -> engine.getScriptingEngines().getScriptEngineForLanguage(language)))
          .as(language).hasMessageContaining("Can't find scripting engine for '" + language + "'");
    }
  }
}
