package io.opsflow.incident;

import io.opsflow.platform.Times;
import io.opsflow.sla.BusinessHours;
import java.util.Comparator;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;

/**
 * What people wrote on a tier's task as Tasklist comments ("Add comment") while they worked it.
 * When the tier's work ends, by escalation or because its budget ran out (which leaves no form
 * and no resolution notes), the comments join the earlier notes that the next tier, or the
 * incident manager after L3, reads: one block each, oldest first ("L3 (user, time): text").
 */
@Component
record TierComments(TaskService tasks, HistoryService history, BusinessHours hours) {

  /** The earlier notes with the comments on the incident's latest tier task added. */
  String addTo(String earlier, String tierName) {
    String instance = Context.getBpmnExecutionContext().getProcessInstance().getId();
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      String notes = earlier;
      // the tier's latest task: by start, then by occurrence (two may start in the same millisecond)
      var task = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityId(IncidentIds.RESOLVE_AT_TIER).orderByHistoricActivityInstanceStartTime().desc()
          .orderPartiallyByOccurrence().desc().listPage(0, 1).stream().findFirst()
          .map(activity -> activity.getTaskId());
      if (task.isEmpty()) {
        return notes;
      }
      for (Comment comment : tasks.getTaskComments(task.get()).stream()
          .sorted(Comparator.comparing(Comment::getTime)).toList()) {
        notes = EscalateIncidentDelegate.earlierNotes(notes, tierName, comment.getUserId(),
            Times.shown(comment.getTime().toInstant(), hours.zone()), comment.getFullMessage());
      }
      return notes;
    });
  }
}
