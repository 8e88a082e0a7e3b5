package io.opsflow.platform;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

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
    return startIfReceived(runtime, message, variables).isPresent();
  }

  /** The process instance the message started, if a process receives it. */
  public static Optional<ProcessInstance> startIfReceived(RuntimeService runtime, String message,
      Map<String, Object> variables) {
    boolean received = runtime.createEventSubscriptionQuery().eventType("message").eventName(message).list()
        .stream().anyMatch(subscription -> subscription.getProcessInstanceId() == null);
    return received
        ? Optional.of(runtime.createMessageCorrelation(message).setVariables(variables).correlateStartMessage())
        : Optional.empty();
  }
}
