package io.opsflow.platform.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * What a Tasklist queue shows of every task, the same for every process: the ticket's number (the
 * process's business key), summary and priority on the card, and the ticket's priority as the
 * task's priority, so that a queue sorted by priority puts a P1 first. Each user task of each model
 * gets this as a create listener; a model need not name it.
 *
 * <p>The card's values are copied into the task as task variables when it is created: a role reads
 * the tasks offered to it, not the whole process instance, and Camunda shows a task's reader the
 * task's own variables only. A summary changed later shows on the next task.
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin implements TaskListener {

  /**
   * The task variables a card shows. Named apart from the process's own, so that a form that sets
   * {@code summary} or {@code priority} still sets the process's variable, not the task's copy.
   */
  public static final String CARD_NUMBER = "cardNumber";
  public static final String CARD_SUMMARY = "cardSummary";
  public static final String CARD_PRIORITY = "cardPriority";
  /** The ticket's summary and priority, as the processes that have them name them. */
  private static final String SUMMARY = "summary";
  private static final String PRIORITY = "priority";
  /** Task priorities for the ticket priorities; Camunda's default (50) for anything else. */
  public static final Map<String, Integer> TASK_PRIORITIES = Map.of("P1", 100, "P2", 75, "P3", 50, "P4", 25);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, TaskCards.this);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    if (execution == null) {
      return;
    }
    if (execution.getProcessBusinessKey() != null) {
      task.setVariableLocal(CARD_NUMBER, execution.getProcessBusinessKey());
    }
    Object summary = execution.getVariable(SUMMARY);
    if (summary instanceof String) {
      task.setVariableLocal(CARD_SUMMARY, summary);
    }
    Object priority = execution.getVariable(PRIORITY);
    if (priority instanceof String) {
      task.setVariableLocal(CARD_PRIORITY, priority);
      task.setPriority(TASK_PRIORITIES.getOrDefault(priority, task.getPriority()));
    }
  }
}
