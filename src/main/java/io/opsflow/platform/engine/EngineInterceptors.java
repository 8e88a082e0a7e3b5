package io.opsflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Places OpsFlow's command interceptors in the engine's chain. */
public final class EngineInterceptors {

  /**
   * Adds the interceptor before the transaction interceptor (a plugin calls it in {@code preInit}): it
   * sees each command before its transaction begins and after it has ended.
   */
  public static void addOutsideTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> before = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      before.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    before.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(before);
  }

  private EngineInterceptors() {
  }
}
