package io.opsflow.oncall;

import io.opsflow.incident.IncidentVariables;
import io.opsflow.platform.process.EngineClock;
import io.opsflow.platform.process.StartMessages;
import io.opsflow.sla.BusinessCalendar;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * On the incident's "Resolve incident" task: when the first tier's task is created it sends
 * IncidentPaged (OnCallPaging decides whether to page and whom); when a person takes the task
 * (claims it themselves) or completes it, the page is acknowledged (PageAcknowledged), so that
 * nobody further is paged.
 */
@Component("onCallPage")
record OnCallPageListener(BusinessCalendar calendar) implements TaskListener {

  /**
   * Runs in the command of whoever creates, takes or completes the task (a service desk agent, a
   * tier engineer), who has no rights on OnCallPaging's instances: the page is the engine's own doing.
   */
  @Override
  public void notify(DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      page(task);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }

  private void page(DelegateTask task) {
    RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
    IncidentVariables incident = IncidentVariables.of(task);
    String number = incident.get(IncidentVariables.INCIDENT_NUMBER);
    Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String person = caller == null ? null : caller.getUserId();
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        if (incident.get(IncidentVariables.TIER_ENTRIES) == 1) {
          Map<String, Object> variables = new HashMap<>();
          PagingVariables.INCIDENT_NUMBER.put(variables, number);
          PagingVariables.INCIDENT_INSTANCE_ID.put(variables, task.getProcessInstanceId());
          PagingVariables.TIER_TASK_ID.put(variables, task.getId());
          PagingVariables.TEAM.put(variables, incident.get(IncidentVariables.TIER_GROUP));
          PagingVariables.PRIORITY.put(variables, incident.get(IncidentVariables.PRIORITY));
          PagingVariables.SUMMARY.put(variables, incident.get(IncidentVariables.SUMMARY));
          PagingVariables.OUTSIDE_BUSINESS_HOURS.put(variables, !calendar.isWorkingTime(EngineClock.now()));
          // no business key: a page is not a ticket (My tickets, and every look-up of the incident by its number, see only the incident)
          StartMessages.startIfReceived(runtime, OnCallIds.INCIDENT_PAGED_MESSAGE, variables);
        }
      }
      case EVENTNAME_ASSIGNMENT -> {
        // a person claiming the task acknowledges; the page's own assignment (no one logged in) does not
        if (person != null && person.equals(task.getAssignee())) {
          acknowledge(runtime, number, person);
        }
      }
      case EVENTNAME_COMPLETE -> acknowledge(runtime, number, person != null ? person : task.getAssignee());
      default -> {
      }
    }
  }

  /** Ends the incident's waiting page, if one waits. */
  static void acknowledge(RuntimeService runtime, String number, String by) {
    Map<String, Object> variables = new HashMap<>();
    PagingVariables.ACKNOWLEDGED_BY.put(variables, by);
    runtime.createMessageCorrelation(OnCallIds.PAGE_ACKNOWLEDGED_MESSAGE)
        .processInstanceVariableEquals(PagingVariables.INCIDENT_NUMBER.name(), number)
        .setVariables(variables).correlateAllWithResult();
  }
}
