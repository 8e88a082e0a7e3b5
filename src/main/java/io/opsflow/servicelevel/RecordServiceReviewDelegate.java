package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.sla.BusinessHours;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * "Record the review": the notes, who reviewed (the review task's assignee) and the improvement
 * actions, each with its owner and due date, kept with the review; the actions to follow.
 */
@Component("recordServiceReview")
record RecordServiceReviewDelegate(ServiceReviewRecords records, HistoryService history, BusinessHours hours)
    implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ServiceReviewVariables review = ServiceReviewVariables.of(execution);
    String number = review.get(REVIEW_NUMBER);
    List<ServiceReviewRecords.Action> actions = new ArrayList<>();
    List<Map<String, Object>> rows = review.get(IMPROVEMENT_ACTIONS);
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
      actions.add(new ServiceReviewRecords.Action(number, actions.size() + 1, ServiceReviewInput.text(row, "action"),
          ServiceReviewInput.text(row, "owner"), ServiceReviewInput.due(row, hours.zone()), "OPEN", null, null));
    }
    String reviewer = history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ServiceReviewIds.REVIEW).finished().orderByHistoricTaskInstanceEndTime().desc().list()
        .stream().findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
    records.reviewed(number, review.get(REVIEW_NOTES), reviewer, EngineClock.now(), actions);
    review.set(ACTIONS, actions.stream().map(a -> Integer.toString(a.actionNo())).toList())
        .set(ACTIONS_RECORDED, !actions.isEmpty());
  }
}
