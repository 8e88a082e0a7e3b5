package io.opsflow.governance;

import static io.opsflow.ProcessSteps.vars;
import static io.opsflow.governance.PolicyRevisionIds.*;
import static io.opsflow.governance.PolicyRevisionVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opsflow.FlowNodeCoverage;
import io.opsflow.MailServer;
import io.opsflow.training.TrainingRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PolicyRevision, path by path (制订和修订制度): goals and scope at the start, a draft reviewed by the
 * named reviewers in parallel, approved by the process owner with its effective date, published,
 * acknowledged by each member of the affected groups (with reminders), evaluated yearly and
 * confirmed, revised or retired; changes asked by a reviewer and a draft sent back go to the
 * author as a new version; bad input is refused naming the field.
 */
class PolicyRevisionProcessTest extends PolicyTestBase {

  @Autowired
  TrainingRecords training;

  @RegisterExtension
  static FlowNodeCoverage coverage = new FlowNodeCoverage(PROCESS);

  @Test
  void aPolicyIsDraftedReviewedApprovedPublishedAcknowledgedAndConfirmedYearly() {
    Policy policy = start("Machine room access");
    coverage.track(policy.id());

    assertThat(policy.number()).matches("POL-\\d{4}-\\d{6}");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(policy.id()).singleResult().getBusinessKey())
        .isEqualTo(policy.number());
    assertThat(steps.variable(policy.id(), TITLE)).isEqualTo("Machine room access");
    assertThat(steps.task(policy.id(), DRAFT).getAssignee()).isEqualTo(AUTHOR_ID);

    draft(policy, "Only listed staff enter the machine rooms; visitors are escorted.");
    assertThat(steps.variable(policy.id(), POLICY_VERSION)).as("the first draft").isEqualTo(1);
    assertThat(steps.tasks(policy.id())).as("the reviewers review at the same time")
        .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrderElementsOf(REVIEWER_IDS);
    review(policy, "change-manager", true, null);
    review(policy, "security-officer", true, null);
    assertThat(steps.waitingAt(policy.id())).containsExactly(APPROVE);
    assertThat(steps.candidateGroups(steps.task(policy.id(), APPROVE))).containsExactly("process-owner");
    assertThat(steps.variable(policy.id(), REVIEW_COMMENTS)).contains("change-manager (v1): approved / 同意",
        "security-officer (v1): approved / 同意");

    Instant effective = Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    approve(policy, effective);

    PolicyRecords.Policy published = records.find(policy.number()).orElseThrow();
    assertThat(published.version()).isEqualTo(1);
    assertThat(published.title()).isEqualTo("Machine room access");
    assertThat(published.policyText()).startsWith("Only listed staff");
    assertThat(published.references()).contains("GB/T 28827.1-2022");
    assertThat(published.effectiveFrom()).isEqualTo(effective);
    assertThat(published.publishedBy()).isEqualTo("process-owner");
    assertThat(published.affectedGroups()).containsExactly(GROUP);
    assertThat(published.nextEvaluationAt()).as("a year after it takes effect (opsflow.policy.evaluation)")
        .isEqualTo(effective.atOffset(ZoneOffset.UTC).plusYears(1).toInstant());

    List<String> members = members();
    assertThat(members).contains("equipment-maintainer", "demo");
    assertThat(steps.tasks(policy.id())).as("one acknowledgement per member of the affected group")
        .extracting(org.camunda.bpm.engine.task.Task::getAssignee).containsExactlyInAnyOrderElementsOf(members);
    assertThat(records.acknowledgements(policy.number(), 1)).extracting(PolicyRecords.Acknowledgement::userId)
        .containsExactlyElementsOf(members);

    acknowledge(policy, "equipment-maintainer");
    assertThat(records.acknowledgements(policy.number(), 1)).filteredOn(a -> a.userId().equals("equipment-maintainer"))
        .singleElement().satisfies(a -> assertThat(a.acknowledgedAt()).isNotNull());
    assertThat(training.of("equipment-maintainer")).as("the acknowledgement is a training record too")
        .anySatisfy(t -> {
          assertThat(t.source()).isEqualTo(TrainingRecords.POLICY);
          assertThat(t.reference()).isEqualTo(policy.number() + " v1");
          assertThat(t.status()).isEqualTo(TrainingRecords.DONE);
        });

    steps.fireTimer(policy.id(), REMINDER_DUE);
    assertThat(MailServer.about(policy.number())).as("only those who have not acknowledged are reminded")
        .isNotEmpty().allSatisfy(mail -> {
          assertThat(mail.subject()).contains("Please read and acknowledge the policy / 请阅读并确认制度");
          assertThat(mail.to()).doesNotContain("equipment-maintainer@opsflow.example");
        });
    assertThat(steps.waitingAt(policy.id())).as("the reminder leaves the tasks open").contains(ACKNOWLEDGE);

    members.stream().filter(m -> !m.equals("equipment-maintainer")).forEach(m -> acknowledge(policy, m));
    assertThat(records.acknowledgements(policy.number(), 1)).allSatisfy(a -> assertThat(a.acknowledgedAt()).isNotNull());
    assertThat(steps.waitingAt(policy.id())).containsExactly(EVALUATION_DUE);
    assertThat(steps.timerDue(policy.id(), EVALUATION_DUE).toInstant()).isEqualTo(published.nextEvaluationAt());

    steps.fireTimer(policy.id(), EVALUATION_DUE);
    steps.as("process-owner", () -> {
      tasks.complete(steps.task(policy.id(), EVALUATE).getId(),
          vars(EVALUATION_OUTCOME, "confirm", EVALUATION_NOTE, "Still fits; no new machine rooms"));
      return null;
    });
    steps.runJobs(policy.id());
    assertThat(steps.waitingAt(policy.id())).as("confirmed: evaluated again a year later").containsExactly(EVALUATION_DUE);
    PolicyRecords.Policy confirmed = records.find(policy.number()).orElseThrow();
    assertThat(confirmed.lastEvaluation()).isEqualTo("Still fits; no new machine rooms");
    assertThat(confirmed.nextEvaluationAt()).isAfter(Instant.now().plus(Duration.ofDays(360)));

    steps.fireTimer(policy.id(), EVALUATION_DUE);
    steps.complete(policy.id(), EVALUATE, EVALUATION_OUTCOME, "retire", EVALUATION_NOTE, "Machine rooms moved to a provider");
    assertThat(steps.endedAt(policy.id(), RETIRED)).isTrue();
    assertThat(records.find(policy.number()).orElseThrow().retiredAt()).isNotNull();
    assertThat(records.inForce()).extracting(PolicyRecords.Policy::policyNumber).doesNotContain(policy.number());
  }

  @Test
  void changesAskedByAReviewerOrTheProcessOwnerAndAnEvaluationMakeANewVersion() {
    Policy policy = start("Password rules");
    coverage.track(policy.id());
    draft(policy, "Passwords have 8 characters.");
    review(policy, "change-manager", true, null);
    review(policy, "security-officer", false, "12 characters at least");

    assertThat(steps.waitingAt(policy.id())).as("any reviewer's changes go back to the author").containsExactly(DRAFT);
    assertThat(steps.variable(policy.id(), REVIEW_COMMENTS))
        .contains("security-officer (v1): changes requested / 要求修改: 12 characters at least");
    assertThat(steps.variable(policy.id(), REVIEW_APPROVED)).as("no decision carried into the next round").isNull();

    draft(policy, "Passwords have 12 characters.");
    assertThat(steps.variable(policy.id(), POLICY_VERSION)).isEqualTo(2);
    assertThat(steps.variable(policy.id(), REVIEW_COMMENTS)).as("the new version's reviews start afresh").isNull();
    REVIEWER_IDS.forEach(reviewer -> review(policy, reviewer, true, null));
    steps.as("process-owner", () -> {
      tasks.complete(steps.task(policy.id(), APPROVE).getId(),
          vars(POLICY_APPROVED, false, SEND_BACK_REASON, "Say who checks it"));
      return null;
    });
    steps.runJobs(policy.id());
    assertThat(steps.waitingAt(policy.id())).containsExactly(DRAFT);
    assertThat(steps.variable(policy.id(), SEND_BACK_REASON)).isEqualTo("Say who checks it");
    assertThat(records.find(policy.number())).as("nothing published yet").isEmpty();

    publish(policy, "Passwords have 12 characters; the security officer checks them quarterly.");
    assertThat(records.find(policy.number()).orElseThrow().version()).isEqualTo(3);
    members().forEach(member -> acknowledge(policy, member));
    steps.fireTimer(policy.id(), EVALUATION_DUE);
    steps.complete(policy.id(), EVALUATE, EVALUATION_OUTCOME, "revise", EVALUATION_NOTE, "Use passphrases now");

    assertThat(steps.waitingAt(policy.id())).as("revised: the author drafts the next version").containsExactly(DRAFT);
    assertThat(records.find(policy.number()).orElseThrow().version()).as("version 3 stays in force meanwhile")
        .isEqualTo(3);
    publish(policy, "Passphrases of four words.");
    PolicyRecords.Policy revised = records.find(policy.number()).orElseThrow();
    assertThat(revised.version()).isEqualTo(4);
    assertThat(records.acknowledgements(policy.number(), 4)).as("everyone acknowledges the new version")
        .allSatisfy(a -> assertThat(a.acknowledgedAt()).isNull()).hasSameSizeAs(members());
    runtime.deleteProcessInstance(policy.id(), "test done");
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    Map<String, Object> good = vars(TITLE, "Backups", GOALS_AND_SCOPE, "All backups", AFFECTED_GROUPS, List.of(GROUP),
        AUTHOR, AUTHOR_ID, REVIEWERS, REVIEWER_IDS);
    assertThat(refusedStart(good, TITLE.name(), null)).contains("title");
    assertThat(refusedStart(good, AFFECTED_GROUPS.name(), List.of("no-such-group"))).contains("no-such-group");
    assertThat(refusedStart(good, AUTHOR.name(), "nobody-at-all")).contains("names no user");
    assertThat(refusedStart(good, REVIEWERS.name(), List.of(AUTHOR_ID))).contains("author");
    assertThat(refusedStart(good, REVIEWERS.name(), List.of())).contains("reviewers");

    Policy policy = start("Backups");
    coverage.track(policy.id());
    assertThatThrownBy(() -> steps.complete(policy.id(), DRAFT, REFERENCES, "ISO 27001"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("policyText");
    draft(policy, "Daily backups, tested monthly.");
    String reviewTask = reviewTask(policy, "change-manager").getId();
    assertThatThrownBy(() -> tasks.complete(reviewTask, vars(REVIEW_APPROVED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("reviewComment");
    REVIEWER_IDS.forEach(reviewer -> review(policy, reviewer, true, null));
    assertThatThrownBy(() -> steps.complete(policy.id(), APPROVE, POLICY_APPROVED, true,
        EFFECTIVE_FROM, Instant.now().minus(Duration.ofDays(3))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("effectiveFrom");
    assertThatThrownBy(() -> steps.complete(policy.id(), APPROVE, POLICY_APPROVED, false))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("sendBackReason");
    approve(policy, Instant.now().plus(Duration.ofHours(1)));
    String ack = ackTask(policy, "demo").getId();
    assertThatThrownBy(() -> tasks.complete(ack, vars(READ_AND_UNDERSTOOD, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("readAndUnderstood");
    runtime.deleteProcessInstance(policy.id(), "test done");
  }

  private String refusedStart(Map<String, Object> good, String field, Object value) {
    Map<String, Object> variables = new java.util.HashMap<>(good);
    variables.put(field, value);
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
        () -> runtime.startProcessInstanceByKey(PROCESS, variables));
    assertThat(refused).isInstanceOf(FormFieldValidationException.class);
    return refused.getMessage();
  }
}
