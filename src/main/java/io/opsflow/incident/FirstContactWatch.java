package io.opsflow.incident;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Whether someone has taken an incident at first contact: its "Try first-contact resolution" task is claimed. */
@Component
record FirstContactWatch(TaskService tasks) {

  boolean taken(String number) {
    return tasks.createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(IncidentIds.TRY_FIRST_CONTACT_RESOLUTION).taskAssigned().count() > 0;
  }
}
