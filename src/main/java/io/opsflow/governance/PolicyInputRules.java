package io.opsflow.governance;

import static io.opsflow.governance.PolicyRevisionVariables.*;

import io.opsflow.identity.Roles;
import io.opsflow.platform.DefaultingInputListener;
import io.opsflow.platform.Inputs;
import io.opsflow.platform.InputListener;
import io.opsflow.platform.StartValidator;
import io.opsflow.platform.Times;
import io.opsflow.platform.process.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy revision's input rules, wherever input enters it (the start form, {@code /engine-rest},
 * the tasks): a refusal names the field. A start gives the title, the goals and scope (明确目标, 确定
 * 制度范围), the affected role groups, the author and the reviewers (users, the author not among
 * them). A draft carries the references gathered (收集信息) and the text; a reviewer approves or asks
 * for changes with a comment; the process owner approves with the effective date or sends it back
 * with the reason; a reader ticks that they have read it; an evaluation confirms, revises or retires
 * it, with a note.
 */
@Configuration(proxyBeanMethods = false)
class PolicyInputRules {

  static final int MOST_REVIEWERS = 10;

  /** The longest a temporary deviation lasts. */
  static final Duration LONGEST_DEVIATION = Duration.ofDays(90);

  private final IdentityService identity;
  private final PolicyRecords records;

  PolicyInputRules(IdentityService identity, PolicyRecords records) {
    this.identity = identity;
    this.records = records;
  }

  @Bean
  StartValidator policyDeviationStart() {
    return StartValidator.of(PolicyDeviationIds.PROCESS, PolicyDeviationVariables.START, this::checkDeviation);
  }

  /** At the deviation's start event and at the end of its approval. */
  @Bean("policyDeviationInput")
  InputListener policyDeviationInput() {
    return new DefaultingInputListener("Deviation not requested", Map.of(), this::checkDeviation,
        PolicyInputRules::checkDeviationDecision) {
    };
  }

  /**
   * A deviation names a policy in force, says why, and expires after now and within 90 days (临时:
   * a deviation is temporary).
   */
  void checkDeviation(Map<String, Object> variables) {
    String policy = PolicyDeviationVariables.POLICY_NUMBER.name();
    Inputs.requireText(variables, policy, 20);
    String number = PolicyDeviationVariables.POLICY_NUMBER.from(variables).strip();
    if (records.find(number).filter(p -> p.retiredAt() == null).isEmpty()) {
      throw Inputs.refuse(policy, "names no policy in force: " + number);
    }
    Inputs.requireText(variables, PolicyDeviationVariables.DEVIATION_REASON.name(), 2000);
    String expires = PolicyDeviationVariables.EXPIRES_AT.name();
    Instant at = Times.required(variables, expires);
    if (!at.isAfter(EngineClock.now()) || at.isAfter(EngineClock.now().plus(LONGEST_DEVIATION))) {
      throw Inputs.refuse(expires, "must lie after now and at most 90 days ahead: a deviation is temporary");
    }
  }

  static void checkDeviationDecision(String taskKey, Map<String, Object> variables) {
    if (PolicyDeviationIds.APPROVE.equals(taskKey)) {
      Inputs.requireFlag(variables, PolicyDeviationVariables.DEVIATION_APPROVED.name());
      if (!PolicyDeviationVariables.DEVIATION_APPROVED.from(variables)) {
        Inputs.requireText(variables, PolicyDeviationVariables.DECISION_NOTE.name(), 2000);
      } else {
        Inputs.maxText(variables, PolicyDeviationVariables.DECISION_NOTE.name(), 2000);
      }
    }
  }

  @Bean
  StartValidator policyRevisionStart() {
    return StartValidator.of(PolicyRevisionIds.PROCESS, START, this::checkStart);
  }

  /** At the start event and at the end of each user task. */
  @Bean("policyInput")
  InputListener policyInput() {
    return new DefaultingInputListener("Policy revision not started", Map.of(), this::checkStart,
        PolicyInputRules::checkCompletion) {
    };
  }

  void checkStart(Map<String, Object> variables) {
    Inputs.requireText(variables, TITLE.name(), 200);
    Inputs.requirePlain(TITLE.name(), TITLE.from(variables));
    Inputs.requireText(variables, GOALS_AND_SCOPE.name(), 4000);
    List<String> groups = Inputs.textList(variables, AFFECTED_GROUPS.name());
    if (groups.isEmpty()) {
      throw Inputs.refuse(AFFECTED_GROUPS.name(), "is required: the role groups who must read the policy");
    }
    groups.stream().filter(group -> Roles.byGroup(group).isEmpty()).findFirst().ifPresent(group -> {
      throw Inputs.refuse(AFFECTED_GROUPS.name(), "names no role group: " + group);
    });
    Inputs.requireText(variables, AUTHOR.name(), 64);
    String author = Inputs.knownUser(identity, AUTHOR.name(), AUTHOR.from(variables));
    List<String> reviewers = Inputs.textList(variables, REVIEWERS.name());
    if (reviewers.isEmpty() || reviewers.size() > MOST_REVIEWERS) {
      throw Inputs.refuse(REVIEWERS.name(), "must name 1 to " + MOST_REVIEWERS + " reviewers");
    }
    for (String reviewer : reviewers) {
      if (Inputs.knownUser(identity, REVIEWERS.name(), reviewer).equals(author)) {
        throw Inputs.refuse(REVIEWERS.name(), "holds the author " + author + ": a draft is reviewed by others");
      }
    }
  }

  static void checkCompletion(String taskKey, Map<String, Object> variables) {
    switch (taskKey) {
      case PolicyRevisionIds.DRAFT -> {
        Inputs.requireText(variables, REFERENCES.name(), 4000);
        Inputs.requireText(variables, POLICY_TEXT.name(), 4000);
        Inputs.maxText(variables, CHANGE_SUMMARY.name(), 2000);
      }
      case PolicyRevisionIds.REVIEW -> {
        Inputs.requireFlag(variables, REVIEW_APPROVED.name());
        Inputs.maxText(variables, REVIEW_COMMENT.name(), 2000);
        if (!REVIEW_APPROVED.from(variables) && REVIEW_COMMENT.from(variables) == null) {
          throw Inputs.refuse(REVIEW_COMMENT.name(), "is required when you ask for changes: which changes?");
        }
      }
      case PolicyRevisionIds.APPROVE -> {
        Inputs.requireFlag(variables, POLICY_APPROVED.name());
        if (POLICY_APPROVED.from(variables)) {
          Times.required(variables, EFFECTIVE_FROM.name());
          if (EFFECTIVE_FROM.from(variables).isBefore(EngineClock.now().minus(Duration.ofDays(1)))) {
            throw Inputs.refuse(EFFECTIVE_FROM.name(), "lies in the past: a policy takes effect from today or later");
          }
        } else {
          Inputs.requireText(variables, SEND_BACK_REASON.name(), 2000);
        }
      }
      case PolicyRevisionIds.ACKNOWLEDGE -> {
        Inputs.flag(variables, READ_AND_UNDERSTOOD.name());
        if (!READ_AND_UNDERSTOOD.from(variables)) {
          throw Inputs.refuse(READ_AND_UNDERSTOOD.name(), "must be ticked: you have read the policy and will follow it");
        }
      }
      case PolicyRevisionIds.EVALUATE -> {
        Inputs.requireText(variables, EVALUATION_OUTCOME.name(), 10);
        Inputs.oneOf(variables, EVALUATION_OUTCOME.name(), OUTCOMES);
        Inputs.requireText(variables, EVALUATION_NOTE.name(), 2000);
      }
      default -> {
      }
    }
  }
}
