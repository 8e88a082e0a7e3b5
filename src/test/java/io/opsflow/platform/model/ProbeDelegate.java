package io.opsflow.platform.model;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A delegate of the test classpath: the whitelist must expose it to the models. */
@Component("probeDelegate")
class ProbeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // nothing: it only has to be reachable
  }
}
