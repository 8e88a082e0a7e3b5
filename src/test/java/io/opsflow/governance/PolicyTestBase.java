package io.opsflow.governance;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.governance.PolicyRevisionIds.*;
import static io.opsflow.governance.PolicyRevisionVariables.*;

import io.opsflow.OpsFlowTestBase;
import io.opsflow.ProcessSteps;
import io.opsflow.identity.Roles;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the policy tests share: a policy started by the process owner for the equipment
 * maintainers, drafted by the knowledge manager and reviewed by the change manager and the security
 * officer; each step done as its person does it.
 */
abstract class PolicyTestBase extends OpsFlowTestBase {

  static final String AUTHOR_ID = "knowledge-manager";
  static final List<String> REVIEWER_IDS = List.of("change-manager", "security-officer");
  static final String GROUP = Roles.EQUIPMENT_MAINTAINER;

  @Autowired
  PolicyRecords records;

  ProcessSteps steps;

  @BeforeEach
  void steps() {
    steps = new ProcessSteps(engine);
  }

  record Policy(String id, String number) {
  }

  Policy start(String title) {
    String id = steps.as("process-owner", () -> runtime.startProcessInstanceByKey(PROCESS, vars(TITLE, " " + title + " ",
        GOALS_AND_SCOPE, "Keep the machine rooms safe; covers every machine room", AFFECTED_GROUPS, List.of(GROUP),
        AUTHOR, AUTHOR_ID, REVIEWERS, REVIEWER_IDS)).getId());
    steps.runJobs(id);
    return new Policy(id, steps.variable(id, POLICY_NUMBER));
  }

  void draft(Policy policy, String text) {
    steps.as(AUTHOR_ID, () -> {
      tasks.complete(steps.task(policy.id(), DRAFT).getId(), vars(REFERENCES, "GB/T 28827.1-2022; 机房管理规定",
          POLICY_TEXT, text, CHANGE_SUMMARY, "first draft"));
      return null;
    });
    steps.runJobs(policy.id());
  }

  /** Each reviewer, in turn, approves (null comment) or asks for changes with the comment. */
  void review(Policy policy, String reviewer, boolean approved, String comment) {
    steps.as(reviewer, () -> {
      Task task = reviewTask(policy, reviewer);
      tasks.complete(task.getId(), vars(REVIEW_APPROVED, approved, REVIEW_COMMENT, comment));
      return null;
    });
    steps.runJobs(policy.id());
  }

  Task reviewTask(Policy policy, String reviewer) {
    return tasks.createTaskQuery().processInstanceId(policy.id()).taskDefinitionKey(REVIEW).taskAssignee(reviewer)
        .singleResult();
  }

  void approve(Policy policy, Instant effective) {
    steps.as("process-owner", () -> {
      tasks.complete(steps.task(policy.id(), APPROVE).getId(), vars(POLICY_APPROVED, true, EFFECTIVE_FROM, effective));
      return null;
    });
    steps.runJobs(policy.id());
  }

  /** Draft, both reviewers approve, the process owner approves it effective tomorrow: published. */
  Instant publish(Policy policy, String text) {
    draft(policy, text);
    REVIEWER_IDS.forEach(reviewer -> review(policy, reviewer, true, null));
    Instant effective = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    approve(policy, effective);
    return effective;
  }

  void acknowledge(Policy policy, String reader) {
    steps.as(reader, () -> {
      tasks.complete(ackTask(policy, reader).getId(), vars(READ_AND_UNDERSTOOD, true));
      return null;
    });
    steps.runJobs(policy.id());
  }

  Task ackTask(Policy policy, String reader) {
    return tasks.createTaskQuery().processInstanceId(policy.id()).taskDefinitionKey(ACKNOWLEDGE).taskAssignee(reader)
        .singleResult();
  }

  /** The members of the affected group, who are to acknowledge. */
  List<String> members() {
    return engine.getIdentityService().createUserQuery().memberOfGroup(GROUP).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }
}
