package io.opsflow.servicelevel;

import static io.opsflow.servicelevel.ServiceReviewVariables.*;

import io.opsflow.platform.process.EngineClock;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review's steps of a line or two: each improvement action's preparation, reminder, overdue report and end. */
@Configuration(proxyBeanMethods = false)
class ServiceReviewDelegates {

  /** "Prepare the improvement action": its text, owner and due date, on this action's branch only. */
  @Bean
  JavaDelegate prepareImprovementAction(ServiceReviewRecords records) {
    return execution -> {
      ServiceReviewVariables action = ServiceReviewVariables.of(execution);
      ServiceReviewRecords.Action recorded = records.action(action.get(REVIEW_NUMBER),
          Integer.parseInt(action.get(ACTION_NO))).orElseThrow();
      action.setLocal(ACTION_TEXT, recorded.text()).setLocal(ACTION_OWNER, recorded.owner())
          .setLocal(ACTION_DUE, recorded.dueAt());
    };
  }

  /** "Remind the action owner": each time the weekly reminder comes round. */
  @Bean
  JavaDelegate remindActionOwner(ServiceReviewMails mails) {
    return execution -> mails.remindOwner(ServiceReviewVariables.of(execution));
  }

  /** "Tell the process owner": the action is overdue. */
  @Bean
  JavaDelegate reportOverdueAction(ServiceReviewMails mails) {
    return execution -> mails.reportOverdue(ServiceReviewVariables.of(execution));
  }

  /** On completing "Carry out improvement action": the action is recorded done with its note. */
  @Bean
  TaskListener recordActionDone(ServiceReviewRecords records) {
    return task -> {
      ServiceReviewVariables action = ServiceReviewVariables.of(task);
      records.actionDone(action.get(REVIEW_NUMBER), Integer.parseInt(action.get(ACTION_NO)), action.get(DONE_NOTE),
          EngineClock.now());
    };
  }

  /** "Close the review": every action is done; the review is kept as evidence. */
  @Bean
  JavaDelegate closeServiceReview(ServiceReviewRecords records) {
    return execution -> records.closed(ServiceReviewVariables.of(execution).get(REVIEW_NUMBER), EngineClock.now());
  }
}
