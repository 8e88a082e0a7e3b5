package io.opsflow.platform.process;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Every start of one process by another's message goes through here. {@link #start} starts the
 * receiving process and fails when none receives it (a process of the same family, always
 * deployed); the {@code …IfReceived} forms start the process that receives a message, when one does. A process asking another that is
 * not deployed yet (a problem asking for a change) goes on: a correlation without a receiver would
 * mark the caller's transaction for rollback, so whether one exists is asked first.
 */
public final class StartMessages {

  private StartMessages() {
  }

  /** Starts the process that receives the message, in the caller's transaction. */
  public static ProcessInstance start(RuntimeService runtime, String message, Map<String, Object> variables) {
    return runtime.createMessageCorrelation(message).setVariables(variables).correlateStartMessage();
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
