package io.opsflow.platform;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Starts the process that receives a message, when one does. A process asking another that is
 * not deployed yet (a problem asking for a change) goes on: a correlation without a receiver would
 * mark the caller's transaction for rollback, so whether one exists is asked first.
 */
public final class StartMessages {

  private StartMessages() {
  }

  /** Whether a process received the message (and started). */
  public static boolean sendIfReceived(RuntimeService runtime, String message, Map<String, Object> variables) {
    boolean received = runtime.createEventSubscriptionQuery().eventType("message").eventName(message).list()
        .stream().anyMatch(subscription -> subscription.getProcessInstanceId() == null);
    if (received) {
      runtime.createMessageCorrelation(message).setVariables(variables).correlateStartMessage();
    }
    return received;
  }
}
