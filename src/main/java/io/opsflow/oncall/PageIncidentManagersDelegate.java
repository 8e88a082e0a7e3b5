package io.opsflow.oncall;

import org.springframework.stereotype.Component;

/** "Page incident managers" (OnCallPaging): the escalation list is used up without an acknowledgement. */
@Component("pageIncidentManagers")
record PageIncidentManagersDelegate(PagingMails mails) implements PagingVariables.Step {

  @Override
  public void execute(PagingVariables page) {
    mails.incidentManagers(page);
  }
}
