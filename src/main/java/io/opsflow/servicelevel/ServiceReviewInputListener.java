package io.opsflow.servicelevel;

import io.opsflow.platform.InputListener;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The review's input rules on its user tasks (the review is started by its schedule only). */
@Component("serviceReviewInput")
class ServiceReviewInputListener extends InputListener {

  private final IdentityService identity;
  private final BusinessHours hours;

  ServiceReviewInputListener(IdentityService identity, BusinessHours hours) {
    super("Service review not started");
    this.identity = identity;
    this.hours = hours;
  }

  @Override
  protected void checkStart(String startEventId, Map<String, Object> variables) {
    // started by its timer: nothing a person typed
  }

  @Override
  protected void checkCompletion(String taskKey, Map<String, Object> variables) {
    ServiceReviewInput.checkCompletion(taskKey, variables,
        user -> identity.createUserQuery().userId(user).count() > 0, hours.zone(), EngineClock.now());
  }
}
