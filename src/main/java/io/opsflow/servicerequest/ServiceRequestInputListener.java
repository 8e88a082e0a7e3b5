package io.opsflow.servicerequest;

import io.opsflow.platform.DefaultingInputListener;
import org.springframework.stereotype.Component;

/**
 * The service request's input rules at its start (Tasklist, {@code /engine-rest}, Java) and on its
 * tasks: a start with bad input is refused naming the field, one that passes gets medium urgency
 * when it left it out; a rejection without its reason, a fulfilment without notes and a
 * confirmation without its answer are refused.
 */
@Component("serviceRequestInput")
class ServiceRequestInputListener extends DefaultingInputListener {

  ServiceRequestInputListener(ServiceRequestInput input) {
    super("Service request not started", ServiceRequestInput.DEFAULTS, input::checkStart,
        ServiceRequestInput::checkCompletion);
  }
}
