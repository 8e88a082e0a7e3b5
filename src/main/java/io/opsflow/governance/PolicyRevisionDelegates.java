package io.opsflow.governance;

import static io.opsflow.governance.PolicyRevisionVariables.*;

import io.opsflow.platform.process.EngineClock;
import io.opsflow.training.TrainingRecords;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy revision's steps of a line or two. The listeners run at the end of their task, after
 * its input rules: what a person answered is recorded, and an answer that routes the process is
 * cleared for the next round, so that nobody meets a decision taken before.
 */
@Configuration(proxyBeanMethods = false)
class PolicyRevisionDelegates {

  /** "Draft the policy" done: the draft is the next version; the reviewers start afresh. */
  @Bean
  ExecutionListener policyDrafted() {
    return execution -> {
      PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
      policy.set(POLICY_VERSION, policy.get(POLICY_VERSION) + 1).set(CHANGES_WANTED, false)
          .set(REVIEW_COMMENTS, null).set(POLICY_APPROVED, null).set(SEND_BACK_REASON, null);
    };
  }

  /** "Review the draft" done: the reviewer's verdict and comment join the comments the author reads. */
  @Bean
  ExecutionListener policyReviewed() {
    return execution -> {
      PolicyRevisionVariables review = PolicyRevisionVariables.of(execution);
      boolean approved = review.get(REVIEW_APPROVED);
      String comment = review.get(REVIEW_COMMENT);
      String earlier = review.get(REVIEW_COMMENTS);
      String line = review.get(REVIEWER) + " (v" + review.get(POLICY_VERSION) + "): "
          + (approved ? "approved / 同意" : "changes requested / 要求修改") + (comment == null ? "" : ": " + comment);
      review.set(REVIEW_COMMENTS, earlier == null ? line : earlier + "\n" + line)
          .set(CHANGES_WANTED, review.get(CHANGES_WANTED) || !approved)
          .set(REVIEW_APPROVED, null).set(REVIEW_COMMENT, null);
    };
  }

  /** "Approve the policy" done: who approved (the person completing it) publishes it. */
  @Bean
  ExecutionListener policyDecided() {
    return execution -> {
      Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (caller != null) {
        PolicyRevisionVariables.of(execution).set(APPROVED_BY, caller.getUserId());
      }
    };
  }

  /**
   * "Acknowledge the policy" done: this member's acknowledgement of this version is recorded, and kept
   * as a training record of theirs too (发布和培训).
   */
  @Bean
  ExecutionListener policyAcknowledged(PolicyRecords records, TrainingRecords training) {
    return execution -> {
      PolicyRevisionVariables reader = PolicyRevisionVariables.of(execution);
      Instant now = EngineClock.now();
      records.acknowledged(reader.get(POLICY_NUMBER), reader.get(POLICY_VERSION), reader.get(READER), now);
      training.policyAcknowledged(reader.get(READER), reader.get(POLICY_NUMBER), reader.get(POLICY_VERSION),
          reader.get(TITLE), now);
      reader.set(READ_AND_UNDERSTOOD, false);
    };
  }

  /** "Remind the readers": those who have not acknowledged the version yet. */
  @Bean
  JavaDelegate remindPolicyReaders(PolicyMails mails, PolicyRecords records) {
    return execution -> {
      PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
      mails.remindReaders(policy.get(POLICY_NUMBER), policy.get(TITLE), policy.get(POLICY_VERSION),
          records.acknowledgements(policy.get(POLICY_NUMBER), policy.get(POLICY_VERSION)).stream()
              .filter(a -> a.acknowledgedAt() == null).map(PolicyRecords.Acknowledgement::userId).toList());
    };
  }

  /** "Record the confirmation": the policy stays in force until its next evaluation. */
  @Bean
  JavaDelegate recordPolicyConfirmation(PolicyRecords records) {
    return execution -> {
      PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
      Instant next = PublishPolicyDelegate.nextEvaluation(EngineClock.now(), policy.get(EVALUATION_PERIOD));
      records.confirmed(policy.get(POLICY_NUMBER), policy.get(EVALUATION_NOTE), next);
      policy.set(NEXT_EVALUATION, next).set(EVALUATION_OUTCOME, null);
    };
  }

  /** "Retire the policy": no longer in force, no longer listed. */
  @Bean
  JavaDelegate retirePolicy(PolicyRecords records) {
    return execution -> {
      PolicyRevisionVariables policy = PolicyRevisionVariables.of(execution);
      records.retired(policy.get(POLICY_NUMBER), policy.get(EVALUATION_NOTE), EngineClock.now());
    };
  }
}
