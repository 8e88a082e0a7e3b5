package io.opsflow.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person who completes, submits or claims a task at the moment the engine's own job changes the same
 * rows (the on-call paging adds the person on duty to the first tier's task; a timer fires on the
 * instance) is refused by Camunda with an {@link OptimisticLockingException}, and the whole command is
 * rolled back. Camunda leaves the retry to the caller; a person would see an error and press again.
 * OpsFlow runs the command again instead, up to {@value #ATTEMPTS} times in all, when it is the
 * outermost command and no transaction of the caller's is open, so that each attempt starts clean. A
 * task completed by someone else meanwhile is then simply not found. What still conflicts after that is
 * answered 409 (EngineErrors).
 */
@Component
class ConcurrentChangeRetry extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 3;
  private static final Set<Class<?>> PEOPLES_TASK_COMMANDS = Set.of(
      CompleteTaskCmd.class, SubmitTaskFormCmd.class, ClaimTaskCmd.class);
  private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineInterceptors.addOutsideTransaction(configuration, new Retry());
  }

  /** Sits before the transaction interceptor: a failed attempt's transaction is over when it is caught. */
  static final class Retry extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!PEOPLES_TASK_COMMANDS.contains(command.getClass()) || Context.getCommandContext() != null
          || TransactionSynchronizationManager.isActualTransactionActive()) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException e) {
          if (attempt == ATTEMPTS) {
            throw e;
          }
          LOG.debug("{} met a concurrent change (attempt {}), running it again: {}",
              command.getClass().getSimpleName(), attempt, e.getMessage());
        }
      }
    }
  }
}
