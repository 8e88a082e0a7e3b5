package io.opsflow.platform;

import io.opsflow.platform.model.ModelBean;
import org.springframework.stereotype.Component;

/** A {@link ModelBean} of the test classpath: the whitelist must expose it to the models. */
@Component("probeCalendar")
@ModelBean
public class ProbeCalendar {

  public String zone() {
    return "UTC";
  }
}
