package io.opsflow.platform.model;

import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.springframework.stereotype.Component;

/**
 * No model runs a script. OpsFlow ships no JavaScript or Groovy engine, but the FEEL library (for
 * DMN) registers a JSR-223 engine; the engine's script resolver is given a manager that sees no
 * engine at all, so a script task, script listener or script condition fails to find its
 * language. DMN evaluates FEEL through its own API and is not affected.
 */
@Component
class ScriptingDisabled extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setScriptEngineResolver(
        new DefaultScriptEngineResolver(new ScriptEngineManager(ClassLoader.getPlatformClassLoader())));
  }
}
